/// The website widget, served at `/widget.js`: one script tag shows a small prompt with the first
/// question of a public link's survey, posts the answer to cxm, and offers the rest of the survey.
/// It keeps to the contact rules cxm sends (how long after showing or answering it stays away) and
/// to the touchpoint's sample (decided by cxm for a random visitor id kept in the browser). Its
/// markup lives in a shadow root, so the site's styles and the widget's do not mix. It shows after
/// `data-delay` seconds (5 by default), or sooner with `data-exit-intent` when the visitor moves to
/// leave the page: a funnel step's drop-off prompt uses both.
public enum WidgetScript {
    /// The JavaScript text.
    public static let javascript: String = """
        (function () {
          "use strict";
          var script = document.currentScript;
          var link = script && script.getAttribute("data-cxm-link");
          if (!link || !/^[A-Za-z0-9_-]{16,64}$/.test(link) || !window.fetch || !document.body.attachShadow) return;
          var base = new URL(script.src, location.href).origin;
          var lang = (script.getAttribute("data-lang") || document.documentElement.lang || navigator.language || "").slice(0, 2);
          var delay = Math.max(0, Number(script.getAttribute("data-delay") || 5)) * 1000;
          var exitIntent = script.hasAttribute("data-exit-intent") && script.getAttribute("data-exit-intent") !== "false";
          var day = 86400000, key = "cxm-widget-" + link;
          function read(name) { try { return JSON.parse(localStorage.getItem(name) || "null"); } catch (e) { return null; } }
          function write(name, value) { try { localStorage.setItem(name, JSON.stringify(value)); } catch (e) {} }
          function token() {
            var bytes = new Uint8Array(32);
            crypto.getRandomValues(bytes);
            return btoa(String.fromCharCode.apply(null, bytes)).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "").slice(0, 43);
          }
          var state = read(key) || {};
          var visitor = read("cxm-visitor");
          if (!visitor) { visitor = token(); write("cxm-visitor", visitor); }
          fetch(base + "/s/" + link + "/widget?visitor=" + encodeURIComponent(visitor) + "&lang=" + encodeURIComponent(lang),
                { credentials: "omit" })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (config) {
              if (!config || !config.show) return;
              var now = Date.now();
              if (state.answeredAt && now - state.answeredAt < config.quarantineDays * day) return;
              if (state.shownAt && now - state.shownAt < config.cooldownDays * day) return;
              var shown = false;
              function once() { if (!shown) { shown = true; show(config); } }
              setTimeout(once, delay);
              // The pointer leaving through the top of the window (towards the tabs or the address bar)
              // is a visitor about to leave: the moment a drop-off prompt is for.
              if (exitIntent) document.addEventListener("mouseout", function (event) {
                if (!event.relatedTarget && event.clientY <= 0) once();
              });
            })
            .catch(function () {});
          function element(tag, attributes, text) {
            var node = document.createElement(tag);
            for (var name in attributes) node.setAttribute(name, attributes[name]);
            if (text) node.textContent = text;
            return node;
          }
          function show(config) {
            state.shownAt = Date.now();
            write(key, state);
            var host = element("div", { "data-cxm-widget": link });
            host.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483647";
            var root = host.attachShadow({ mode: "open" });
            var accent = /^#[0-9a-f]{6}$/.test(config.accent) ? config.accent : "#123a5e";
            var style = element("style", {}, ".box{font:15px/1.4 system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1b1f24;" +
              "background:#fff;border:1px solid #8a94a0;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:12px 14px;" +
              "max-width:min(420px,calc(100vw - 32px))}.q{font-weight:600;margin:0 28px 8px 0}.points{display:flex;flex-wrap:wrap;gap:4px}" +
              "button{font:inherit;cursor:pointer;border-radius:6px}.point{min-width:36px;min-height:36px;border:2px solid " + accent + ";" +
              "background:#fff;color:" + accent + ";font-weight:600}.point:hover{background:" + accent + ";color:#fff}" +
              ".close{position:absolute;top:6px;right:8px;border:0;background:none;font-size:22px;line-height:1;color:#4a5360;padding:4px}" +
              ".ends{display:flex;justify-content:space-between;gap:8px;color:#4a5360;font-size:13px;margin-top:4px}" +
              "a{color:" + accent + "}:focus-visible{outline:3px solid #c2410c;outline-offset:2px}");
            var box = element("div", { "class": "box", role: "dialog", "aria-labelledby": "cxm-q", lang: config.lang });
            box.style.position = "relative";
            var close = element("button", { "class": "close", type: "button", "aria-label": config.texts.close }, "\\u00d7");
            close.onclick = function () { host.remove(); };
            box.appendChild(close);
            box.appendChild(element("p", { "class": "q", id: "cxm-q" }, config.question.text));
            var points = element("div", { "class": "points", role: "group", "aria-labelledby": "cxm-q" });
            config.question.points.forEach(function (point) {
              var button = element("button", { "class": "point", type: "button", "aria-label": point.spoken || point.label }, point.label);
              button.onclick = function () { answer(config, point.value, box); };
              points.appendChild(button);
            });
            box.appendChild(points);
            if (config.question.low || config.question.high) {
              var ends = element("div", { "class": "ends", "aria-hidden": "true" });
              ends.appendChild(element("span", {}, config.question.low || ""));
              ends.appendChild(element("span", {}, config.question.high || ""));
              box.appendChild(ends);
            }
            root.appendChild(style);
            root.appendChild(box);
            document.body.appendChild(host);
            root.addEventListener("keydown", function (event) { if (event.key === "Escape") host.remove(); });
          }
          function answer(config, value, box) {
            var draft = token();
            fetch(base + "/s/" + link + "/widget", {
              method: "POST", credentials: "omit", headers: { "Content-Type": "text/plain" },
              body: JSON.stringify({ draft: draft, value: value, lang: config.lang })
            })
              .then(function (r) { return r.ok ? r.json() : {}; })
              .then(function (result) {
                state.answeredAt = Date.now();
                write(key, state);
                while (box.childNodes.length > 1) box.removeChild(box.lastChild);
                var thanks = element("p", { "class": "q", role: "status" }, config.texts.thanks);
                box.appendChild(thanks);
                if (result.continue) {
                  var more = element("a", { href: base + result.continue, target: "_blank", rel: "noopener" }, config.texts.more);
                  box.appendChild(more);
                  more.focus();
                }
              })
              .catch(function () {});
          }
        })();
        """
}
