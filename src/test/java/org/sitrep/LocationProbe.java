package org.sitrep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.claim.Claim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.internal.extract.ArticleKnowledge;
import org.sitrep.internal.extract.place.PlaceMention;
import org.sitrep.internal.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Document;
import org.sitrep.internal.nlp.NlpOptions;
import org.sitrep.nlp.Token;

/** Developer's probe: every place mention the resolver finds, beside gold and predictions. Not part of the library. */
public final class LocationProbe {

  public static void main(String[] args) throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    CoreNlpAnnotator[] annotator = new CoreNlpAnnotator[1];
    for (String file : args) {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode node = json.readTree(line);
        String text = node.get("text").asText();
        Document doc = DevRun.cached(text, () -> {
          if (annotator[0] == null) annotator[0] = new CoreNlpAnnotator(NlpOptions.defaults());
          return annotator[0];
        });
        List<int[]> gold = new ArrayList<>();
        List<JsonNode> goldNodes = new ArrayList<>();
        for (JsonNode c : node.path("claims")) {
          if (c.get("type").asText().equals("location")) {
            gold.add(new int[] {c.get("begin").asInt(), c.get("end").asInt(), c.path("optional").asBoolean() ? 1 : 0});
            goldNodes.add(c);
          }
        }
        List<Claim> claims = Extractors.chain().run(doc);
        List<LocationClaim> preds = claims.stream().filter(c -> c instanceof LocationClaim).map(c -> (LocationClaim) c).toList();
        ArticleKnowledge ctx = ArticleKnowledge.of(doc);
        List<PlaceMention> ms = ctx.places().mentions();
        boolean[] covered = new boolean[gold.size()];
        for (PlaceMention m : ms) {
          String g = "-";
          for (int i = 0; i < gold.size(); i++) {
            int[] x = gold.get(i);
            if (x[0] < m.end() && m.begin() < x[1]) {
              g = x[2] == 1 ? "O" : "G";
              covered[i] = true;
            }
          }
          String p = preds.stream().anyMatch(c -> c.begin() < m.end() && m.begin() < c.end()) ? "P" : "-";
          int h = m.head();
          int gov = doc.head(h);
          String govs = gov < 0 ? "ROOT" : doc.tokens().get(gov).word() + "/" + doc.tokens().get(gov).pos();
          Token first = doc.tokens().get(m.tokens().first());
          var s = doc.sentences().get(first.sentence());
          String sent = doc.text(doc.tokens().get(s.firstToken()).begin(), doc.tokens().get(s.endToken() - 1).end());
          int off = m.begin() - doc.tokens().get(s.firstToken()).begin();
          String marked = sent.substring(0, off) + "[[" + sent.substring(off, off + (m.end() - m.begin())) + "]]"
              + sent.substring(off + (m.end() - m.begin()));
          System.out.println(g + p + " " + m.place().kind() + " " + m.place().country() + " " + m.place().geonameId() + " " + doc.tokens().get(h).ner() + " " + doc.relation(h) + "<" + govs
              + " | " + marked.replace('\n', ' '));
        }
        for (int i = 0; i < gold.size(); i++) {
          if (!covered[i]) {
            JsonNode c = goldNodes.get(i);
            int b = c.get("begin").asInt();
            int si = doc.sentenceIndexAt(b);
            var s = doc.sentences().get(si);
            String sent = doc.text(doc.tokens().get(s.firstToken()).begin(), doc.tokens().get(s.endToken() - 1).end());
            System.out.println("MISSING " + (gold.get(i)[2] == 1 ? "opt " : "") + c.get("text").asText() + " -> "
                + c.path("place").path("name").asText() + "/" + c.path("place").path("kind").asText() + " | " + sent.replace('\n', ' '));
          }
        }
      }
    }
  }
}
