#!/usr/bin/env python3
"""Checks report pages at phone and desktop widths in headless Chromium, and takes screenshots.

    pagecheck.py [--screenshots DIR] PAGE.html...

For each page at 390 px (a phone, emulated as mobile) and 1280 px it measures, in the rendered page:
- the page's scroll width: no horizontal page scroll (scrollWidth <= viewport width);
- anything reaching past the right edge outside a box that scrolls by itself (class "scroll");
- the smallest SVG chart label, in CSS pixels after the chart is scaled to fit (at least 11 px).
It prints one line per page and width, and exits 1 when a check fails, 2 when Chromium is missing.
With --screenshots DIR it writes DIR/NAME-390.png and DIR/NAME-1280.png (the top of the page).

Chromium's --window-size cannot go below 500 px in headless mode, so widths are set through the
DevTools protocol (Emulation.setDeviceMetricsOverride) over --remote-debugging-pipe: no packages
needed, only the Python standard library.
"""
import base64, json, os, pathlib, shutil, subprocess, sys, tempfile

WIDTHS = [(390, 844, True), (1280, 900, False)]
MIN_LABEL_PX = 11.0

PROBE = r"""(() => {
  const vw = window.innerWidth, doc = document.documentElement;
  let minFont = Infinity, minWhere = "";
  document.querySelectorAll("svg").forEach((svg, i) => {
    const box = svg.viewBox && svg.viewBox.baseVal, rect = svg.getBoundingClientRect();
    if (!box || !box.width || !rect.width) return;
    const scale = rect.width / box.width;
    svg.querySelectorAll("text").forEach(t => {
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < minFont) { minFont = px; minWhere = `chart ${i + 1}: "${t.textContent.slice(0, 24)}"`; }
    });
  });
  const outside = [];
  document.querySelectorAll("body *").forEach(e => {
    if (e.closest(".scroll")) return;
    const r = e.getBoundingClientRect(), name = e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? "." + e.className : "");
    // A box past the right edge, or text sticking out of its box (the box itself may fit).
    const spills = e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX === "visible"
      && r.left + e.scrollWidth > vw + 0.5;
    if ((r.width > 0 && r.right > vw + 0.5) || spills) outside.push(name);
  });
  return {viewport: vw, scrollWidth: Math.max(doc.scrollWidth, document.body.scrollWidth),
          minLabel: minFont === Infinity ? null : Math.round(minFont * 10) / 10, minWhere,
          outside: outside.slice(0, 6), outsideCount: outside.length, height: doc.scrollHeight};
})()"""


class Browser:
    """Chromium driven over --remote-debugging-pipe (fd 3 in, fd 4 out; NUL-terminated JSON)."""

    def __init__(self, executable):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        profile = tempfile.mkdtemp(prefix="pagecheck-")
        self.profile = profile
        def child_fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)
        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--remote-debugging-pipe",
             "--no-first-run", "--user-data-dir=" + profile, "about:blank"],
            # The child's fds 3 and 4 are set after the fork; subprocess would close them again
            # (it closes fds after preexec_fn), so they are kept by passing them by number.
            pass_fds=(3, 4), preexec_fn=child_fds,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def send(self, method, session=False, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, session=False, **params):
        wanted = self.send(method, session, **params)
        while True:
            message = self.receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event):
        while True:
            for index, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[index]
                    return message
            self.events.append(self.receive())

    def open(self, path, width, height, mobile):
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=mobile)
        self.events.clear()
        self.call("Page.navigate", session=True, url=pathlib.Path(path).resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        return result["result"]["value"]

    def screenshot(self, target):
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        pathlib.Path(target).write_bytes(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close")
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def main(arguments):
    shots = None
    if arguments[:1] == ["--screenshots"]:
        shots, arguments = arguments[1], arguments[2:]
    executable = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not executable:
        print("pagecheck: chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2
    browser = Browser(executable)
    failed = False
    try:
        for page in arguments:
            for width, height, mobile in WIDTHS:
                browser.open(page, width, height, mobile)
                facts = browser.evaluate(PROBE)
                problems = []
                if facts["viewport"] != width:
                    # A phone widens the layout to fit the content; laid out at the exact width
                    # instead (not as a phone), the elements that stick out can be named.
                    browser.open(page, width, height, False)
                    culprits = browser.evaluate(PROBE)["outside"]
                    browser.open(page, width, height, mobile)
                    problems.append(f"the phone widens the page to {facts['viewport']} px to fit it: {culprits}")
                if facts["scrollWidth"] > facts["viewport"]:
                    problems.append(f"page scrolls sideways: {facts['scrollWidth']} px wide")
                if facts["outsideCount"]:
                    problems.append(f"{facts['outsideCount']} element(s) past the right edge outside a .scroll box: {facts['outside']}")
                if facts["minLabel"] is not None and facts["minLabel"] < MIN_LABEL_PX:
                    problems.append(f"chart label {facts['minLabel']} px < {MIN_LABEL_PX} ({facts['minWhere']})")
                status = "ok" if not problems else "FAIL: " + "; ".join(problems)
                label = facts["minLabel"] if facts["minLabel"] is not None else "-"
                print(f"{os.path.basename(page)} @{width}px: page width {facts['scrollWidth']} px, "
                      f"smallest chart label {label} px, height {facts['height']} px — {status}")
                failed = failed or bool(problems)
                if shots:
                    name = os.path.splitext(os.path.basename(page))[0]
                    browser.screenshot(os.path.join(shots, f"{name}-{width}.png"))
    finally:
        browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
