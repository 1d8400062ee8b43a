package org.sitrep.internal.render;

import java.util.stream.Collectors;

/** The inline style sheet and script of the pages; nothing in them comes from the article. */
final class PageAssets {

  private PageAssets() {}

  /** Statement colours, one per speaker in order of first appearance, reused after the last. */
  static final String[] SPEAKER_COLOURS = {
    "#2563eb", "#0d9488", "#ea580c", "#7c3aed", "#92400e", "#475569", "#65a30d", "#b91c1c"
  };

  /** No fetches of any kind; only the page's own inline style and script run. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
      + "img-src data:; base-uri 'none'; form-action 'none'";

  static String css() {
    StringBuilder speakers = new StringBuilder();
    for (int i = 0; i < SPEAKER_COLOURS.length; i++) {
      String c = SPEAKER_COLOURS[i];
      speakers.append(".spk-").append(i).append("{--fg:").append(c).append(";--bg:").append(c).append("1f}\n");
    }
    return BASE_CSS + speakers;
  }

  private static final String BASE_CSS = """
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2328;background:#f3f4f6}
      a{color:#0550ae}
      header{padding:12px 20px 10px;background:#fff;border-bottom:1px solid #d0d7de}
      header h1{margin:0 0 2px;font-size:20px;line-height:1.3}
      .meta{color:#57606a;font-size:13px}
      .meta span+span:before{content:" \u00b7 "}
      .error{margin:12px 20px 0;padding:8px 12px;border:1px solid #cf222e;background:#ffebe9;border-radius:6px}
      .layout{display:grid;grid-template-columns:minmax(0,1fr) 360px;gap:16px;padding:14px 20px;align-items:start}
      .card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin-bottom:14px}
      .card.batch{margin:14px 20px}
      .card h2{font-size:15px;margin:0 0 8px}
      .card h3{font-size:13px;margin:10px 0 4px;color:#57606a}
      .legend{display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center;font-size:13px}
      .legend b{font-weight:600;margin-right:2px}
      .sw{display:inline-block;width:1.7em;height:1.05em;vertical-align:-2px;border-radius:3px;margin-right:5px}
      .sw-speaker{background:linear-gradient(90deg,#2563eb33,#0d948833,#ea580c33);border-bottom:3px solid #57606a}
      .sw-figure{background:#fde68a;box-shadow:inset 0 0 0 1.5px #d97706}
      .sw-location{background:#bbf7d0;box-shadow:inset 0 0 0 1.5px #15803d}
      .sw-stance{border-bottom:3px dotted #db2777;background:#fce7f3}
      .sw.spk{background:var(--bg);border-bottom:3px solid var(--fg)}
      .text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/2 Georgia,"Times New Roman",serif;margin:0}
      mark.c{color:inherit;background:transparent;border-radius:2px;cursor:help;-webkit-box-decoration-break:clone;box-decoration-break:clone}
      mark.c-speaker{background:var(--bg);border-bottom:3px solid var(--fg);padding-bottom:1px}
      mark.c-figure{background:#fde68a;box-shadow:inset 0 0 0 1.5px #d97706;padding:0 1px}
      mark.c-location{background:#bbf7d0;box-shadow:inset 0 0 0 1.5px #15803d;padding:0 1px}
      mark.c-stance{background:#fce7f3;text-decoration:underline dotted #db2777 3px;text-underline-offset:5px;text-decoration-skip-ink:none}
      mark.c:focus{outline:2px solid #0969da;outline-offset:1px}
      mark.c.hot{outline:2px solid #0969da;outline-offset:1px}
      .hide-speaker mark.c-speaker{background:transparent;border-bottom-color:transparent}
      .hide-figure mark.c-figure,.hide-location mark.c-location{background:transparent;box-shadow:none}
      .hide-stance mark.c-stance{background:transparent;text-decoration:none}
      .hide-speaker li.i-speaker,.hide-figure li.i-figure,.hide-location li.i-location,.hide-stance li.i-stance{opacity:.35}
      aside{position:sticky;top:0;max-height:100vh;overflow:auto}
      .filters label{display:inline-block;margin:0 12px 4px 0;white-space:nowrap}
      details{margin:4px 0}
      summary{cursor:pointer;font-weight:600}
      summary small{font-weight:400;color:#57606a}
      ol.claims{margin:4px 0 8px;padding-left:0;list-style:none}
      ol.claims li{margin:3px 0;padding-left:8px;border-left:3px solid #d0d7de;font-size:13px}
      ol.claims li.i-figure{border-left-color:#d97706}
      ol.claims li.i-location{border-left-color:#15803d}
      ol.claims li.i-stance{border-left-color:#db2777}
      ol.claims li.i-speaker{border-left-color:var(--fg,#57606a)}
      .ref{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;margin-right:4px}
      .note{color:#57606a;font-size:12px}
      table.sum{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:6px}
      table.sum th,table.sum td{text-align:left;vertical-align:top;padding:3px 8px 3px 0;border-bottom:1px solid #eaeef2}
      table.sum th{color:#57606a;font-weight:600}
      table.sum td+td.n,table.sum th+th.n{padding-left:16px}
      table.sum td.n,table.sum th.n{text-align:right;white-space:nowrap;width:1%}
      #tip{position:absolute;z-index:10;display:none;max-width:420px;background:#fff;border:1px solid #8c959f;border-radius:6px;box-shadow:0 6px 18px #0003;padding:6px 10px;font-size:13px}
      #tip table{border-collapse:collapse}
      #tip th{text-align:left;color:#57606a;font-weight:600;padding:1px 10px 1px 0;vertical-align:top;white-space:nowrap}
      #tip td{padding:1px 0;overflow-wrap:anywhere}
      @media (max-width:900px){.layout{grid-template-columns:1fr}aside{position:static;max-height:none}}
      """;

  /**
   * The script: tooltips on hover and focus, filters, links that focus their highlight, and a
   * {@code #claim=ID} in the address focusing that claim on load (a link to one claim).
   */
  static String script() {
    String labels = ClaimFields.LABELS.stream()
        .map(l -> "[" + jsString(l[0]) + "," + jsString(l[1]) + "]")
        .collect(Collectors.joining(","));
    return "(function(){\"use strict\";\nvar LABELS=[" + labels + "];\n" + SCRIPT;
  }

  private static final String SCRIPT = """
      var text=document.getElementById("text"),tip=document.getElementById("tip"),current=null;
      function headOf(el){var p=el.getAttribute("data-part-of");return p?document.getElementById(p):el;}
      function pieces(head){return [head].concat(Array.prototype.slice.call(document.querySelectorAll('mark[data-part-of="'+head.id+'"]')));}
      function hide(){if(current){pieces(current).forEach(function(m){m.classList.remove("hot");});current.removeAttribute("aria-describedby");}current=null;tip.style.display="none";}
      function show(el){
        var head=headOf(el);if(!head||head===current)return;hide();current=head;
        var table=document.createElement("table");
        LABELS.forEach(function(l){var v=head.getAttribute("data-"+l[0]);if(v===null||v==="")return;
          var tr=table.insertRow(),th=document.createElement("th");th.textContent=l[1];tr.appendChild(th);tr.insertCell().textContent=v;});
        tip.textContent="";tip.appendChild(table);tip.style.display="block";
        pieces(head).forEach(function(m){m.classList.add("hot");});
        head.setAttribute("aria-describedby","tip");
        var r=el.getBoundingClientRect(),w=document.documentElement.clientWidth;
        var left=Math.max(8,Math.min(r.left,w-tip.offsetWidth-8));
        tip.style.left=(left+window.scrollX)+"px";tip.style.top=(r.bottom+window.scrollY+6)+"px";
      }
      if(text){
        text.addEventListener("mouseover",function(e){var m=e.target.closest("mark.c");if(m)show(m);else hide();});
        text.addEventListener("mouseleave",hide);
        text.addEventListener("focusin",function(e){var m=e.target.closest("mark.c");if(m)show(m);});
        text.addEventListener("focusout",hide);
      }
      document.addEventListener("keydown",function(e){if(e.key==="Escape")hide();});
      Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"),function(box){
        box.addEventListener("change",function(){var t=box.getAttribute("data-filter");
          document.body.classList.toggle("hide-"+t,!box.checked);
          Array.prototype.forEach.call(document.querySelectorAll("mark.c-"+t+"[tabindex]"),function(m){m.tabIndex=box.checked?0:-1;});});});
      document.addEventListener("click",function(e){var a=e.target.closest('a[href^="#h-"]');if(!a)return;
        var m=document.getElementById(a.getAttribute("href").slice(1));if(!m)return;e.preventDefault();
        m.scrollIntoView({block:"center"});m.focus({preventScroll:true});});
      if(location.hash.indexOf("#claim=")===0){var wanted=location.hash.slice(7);try{wanted=decodeURIComponent(wanted);}catch(err){}
        var target=Array.prototype.filter.call(document.querySelectorAll("#text mark[data-id]"),function(m){return m.getAttribute("data-id")===wanted;})[0];
        if(target){target.scrollIntoView({block:"nearest"});target.focus({preventScroll:true});}}
      })();
      """;

  /** A JavaScript string literal that cannot end a script element. */
  static String jsString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == '\u2028' || c == '\u2029') {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
