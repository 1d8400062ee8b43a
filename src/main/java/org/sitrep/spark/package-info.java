/**
 * sitrep as an Apache Spark job: {@link org.sitrep.spark.SitrepSparkJob} reads a table of
 * articles (JSON Lines or Parquet), extracts with one {@link org.sitrep.Sitrep} per executor JVM
 * ({@link org.sitrep.spark.ExecutorSitrep}) and writes the contract's JSON per article or a flat
 * claims table ({@link org.sitrep.spark.ClaimRows}). Spark is a {@code provided} dependency: the
 * cluster brings its own. See docs/spark.md.
 */
package org.sitrep.spark;
