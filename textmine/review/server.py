"""The review workspace as a web application (Starlette, served by uvicorn).

Starlette is a small, well-kept ASGI toolkit (the one FastAPI is built on): routes, forms,
cookies, static files and a test client, nothing we do not use; uvicorn serves it. Pages are
rendered on the server (:mod:`.views`); one script (``static/review.js``) adds keyboard work
and saving without reloading, and every form also works without it.

Safety, since report text is untrusted and a browser visits other sites too:

* everything shown is escaped (Jinja2 autoescape; the audit page escapes the report), and the
  Content-Security-Policy allows scripts only from this server's own ``/static/`` files, so no
  markup from a report can run, even if some were ever left unescaped;
* state-changing requests (POST only; GET never changes anything) need the session's CSRF
  token (an HMAC of a random session id held in an HttpOnly, SameSite=Strict cookie), and are
  refused when their ``Origin`` is another site or ``Sec-Fetch-Site`` says cross-site;
* the ``Host`` header must name this machine (loopback names, an IP address, or the host the
  server was asked to bind), which defeats DNS rebinding;
* it binds 127.0.0.1 unless ``--host`` says otherwise (the CLI warns then).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import os
import secrets
import threading
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..render.html import CSS
from . import decisions, index
from .decisions import Conflict, InvalidDecision
from .records import snapshot
from .store import Connections, open_store
from .views import Page, corpus_page, environment, report_page, report_state

SESSION_COOKIE = "tm_session"
REVIEWER_COOKIE = "tm_reviewer"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
STATIC = Path(__file__).resolve().parent / "static"


def content_security_policy() -> str:
    """Scripts and styles from this server only; the audit page's one inline ``<style>``
    allowed by its hash; no frames, no plugins, no form posts or fetches elsewhere."""
    style_hash = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; script-src 'self'; "
            f"style-src 'self' 'sha256-{style_hash}'; img-src 'self' data:; connect-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


SECURITY_HEADERS = {
    "Content-Security-Policy": content_security_policy(),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with its own
    # form posts, and the Origin check could not tell them from a sandboxed cross-site page
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _hostname(header: str) -> str:
    """The name in a ``Host`` header, without the port (``[::1]:8765`` -> ``::1``)."""
    try:
        return (urlsplit(f"//{header}").hostname or "").lower()
    except ValueError:
        return ""


class Review:
    """The application's state: the store, one connection per thread, the session secret."""

    def __init__(self, results: "str | os.PathLike", *, host: str = "127.0.0.1", extra_hosts: tuple[str, ...] = ()):
        self.results = str(results)
        self.path = open_store(results)
        self.connections = Connections(self.path)
        self.secret = secrets.token_bytes(32)
        self.allowed_names = {"localhost", host.lower().strip("[]"), *(h.lower() for h in extra_hosts)}
        self._sync_lock = threading.Lock()
        self.last_sync: index.SyncResult | None = None
        self.sync()

    # -- state ------------------------------------------------------------------------
    def conn(self):
        return self.connections.get()

    def sync(self) -> index.SyncResult | None:
        """Index what the batch added since (cheap when nothing changed)."""
        conn = self.conn()
        with self._sync_lock:
            if not index.needs_sync(conn):
                return None
            self.last_sync = index.sync(conn)
            return self.last_sync

    def close(self) -> None:
        self.connections.close()

    # -- request checks ---------------------------------------------------------------
    def host_allowed(self, header: str) -> bool:
        name = _hostname(header)
        if not name:
            return False
        if name in self.allowed_names or is_loopback(name):
            return True
        try:
            ipaddress.ip_address(name)  # an address cannot be rebound to another machine
            return True
        except ValueError:
            return False

    def token(self, session: str) -> str:
        return hmac.new(self.secret, session.encode("ascii", "replace"), hashlib.sha256).hexdigest()

    def token_ok(self, session: str | None, token: str | None) -> bool:
        return bool(session and token) and hmac.compare_digest(self.token(session), str(token))

    def cross_site(self, request: Request) -> str | None:
        """Why a state-changing request is refused before its body is read, or None."""
        site = request.headers.get("sec-fetch-site")
        if site and site not in ("same-origin", "none"):
            return f"cross-site request ({site})"
        origin = request.headers.get("origin")
        if origin is not None:
            expected = f"{request.url.scheme}://{request.headers.get('host', '')}"
            if origin.lower() != expected.lower():
                return "request from another origin"
        return None


class Guard(BaseHTTPMiddleware):
    """Host check, session cookie, cross-site refusal and security headers on every response."""

    def __init__(self, app, review: Review):
        super().__init__(app)
        self.review = review

    async def dispatch(self, request: Request, call_next):
        if not self.review.host_allowed(request.headers.get("host", "")):
            return self._secure(PlainTextResponse("Host not allowed", status_code=421))
        session = request.cookies.get(SESSION_COOKIE)
        fresh = None
        if not session or len(session) > 64 or not session.replace("-", "").replace("_", "").isalnum():
            session = fresh = secrets.token_urlsafe(24)
        request.state.session = session
        if request.method not in ("GET", "HEAD"):
            why = self.review.cross_site(request)
            if why:
                return self._secure(PlainTextResponse(f"Forbidden: {why}", status_code=403))
        response = await call_next(request)
        if fresh:
            response.set_cookie(SESSION_COOKIE, fresh, httponly=True, samesite="strict", path="/")
        return self._secure(response)

    @staticmethod
    def _secure(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not response.headers.get("content-type", "").startswith(("text/css", "text/javascript",
                                                                     "application/javascript")):
            response.headers.setdefault("Cache-Control", "no-store")
        return response


# --------------------------------------------------------------------------- helpers


def _reviewer(request: Request) -> str:
    return unquote(request.cookies.get(REVIEWER_COOKIE, ""))[:decisions.MAX_REVIEWER]


def _page(review: Review, request: Request) -> Page:
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return Page(store=str(review.path), csrf=review.token(request.state.session), reviewer=_reviewer(request),
                here=here)


def _safe_back(value: str | None) -> str:
    """A redirect target that stays on this server: a path starting with one '/'."""
    value = value or "/"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def _remember_reviewer(response: Response, name: str) -> None:
    response.set_cookie(REVIEWER_COOKIE, quote(name), max_age=365 * 24 * 3600, samesite="strict", path="/",
                        httponly=True)


def _message(review: Review, request: Request, title: str, message: str, status: int, *,
             link: str = "/", link_text: str = "返回", current=None) -> HTMLResponse:
    html = environment().get_template("message.html").render(_page(review, request).context(
        page="message", back="", title=title, message=message, link=link, link_text=link_text, current=current))
    return HTMLResponse(html, status_code=status)


def _apply(review: Review, fingerprint: str, reviewer: str, base: int, state: str | None, note: str | None):
    conn = review.conn()
    return decisions.decide(conn, fingerprint, reviewer=reviewer, base=base, state=state, note=note,
                            snapshot=lambda: snapshot(conn, fingerprint))


def _int(value, default: int = -1) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# --------------------------------------------------------------------------- endpoints


def build_app(review: Review) -> Starlette:
    async def corpus(request: Request) -> Response:
        def render():
            result = review.sync()
            note = f"已编入 {result.added} 份新结果" if result and result.added else ""
            return corpus_page(review.conn(), _page(review, request), dict(request.query_params), sync_note=note)

        return HTMLResponse(await run_in_threadpool(render))

    async def report(request: Request) -> Response:
        report_id = request.path_params["report_id"]

        def render():
            review.sync()
            row = review.conn().execute("SELECT * FROM reports WHERE report_id = ?", (report_id,)).fetchone()
            if row is None or row["status"] != "ok":
                return None
            return report_page(review.conn(), _page(review, request), row, dict(request.query_params))

        html = await run_in_threadpool(render)
        if html is None:
            return _message(review, request, "找不到该报告", "批处理结果中没有这份报告（可能已被重新运行的批处理替换）。", 404)
        return HTMLResponse(html)

    async def decision_api(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return JSONResponse({"error": "bad_request", "problem": "expected application/json"}, status_code=415)
        if not review.token_ok(request.state.session, request.headers.get("x-csrf-token")):
            return JSONResponse({"error": "csrf", "problem": "会话已过期或令牌无效，请刷新页面"}, status_code=403)
        try:
            body = json.loads(await request.body())
            assert isinstance(body, dict)
        except (ValueError, AssertionError):
            return JSONResponse({"error": "bad_request", "problem": "invalid JSON"}, status_code=400)
        reviewer = str(body.get("reviewer") or _reviewer(request))
        state = body.get("state")
        note = body.get("note")
        try:
            outcome = await run_in_threadpool(_apply, review, str(body.get("fingerprint") or ""), reviewer,
                                              _int(body.get("base")), None if state is None else str(state),
                                              None if note is None else str(note))
        except Conflict as exc:
            return JSONResponse({"error": "conflict", "fields": list(exc.fields), "current": exc.current.to_dict()},
                                status_code=409)
        except InvalidDecision as exc:
            return JSONResponse({"error": "invalid", "problem": f"{exc.source}: {exc.problem}"}, status_code=400)
        response = JSONResponse({"decision": outcome.decision.to_dict(), "merged": outcome.merged,
                                 "changed": outcome.changed})
        _remember_reviewer(response, outcome.decision.reviewer if outcome.changed else reviewer.strip())
        return response

    async def decision_form(request: Request) -> Response:
        form = await request.form()
        if not review.token_ok(request.state.session, form.get("csrf")):
            return _message(review, request, "会话已过期", "页面的安全令牌无效（服务已重启或页面过旧），请返回并刷新后再操作。", 403)
        back = _safe_back(form.get("back"))
        reviewer = str(form.get("reviewer") or _reviewer(request))
        state = form.get("state") if "state" in form else None
        note = form.get("note") if form.get("save_note") else None
        try:
            await run_in_threadpool(_apply, review, str(form.get("fingerprint") or ""), reviewer,
                                    _int(form.get("base")), state, note)
        except Conflict as exc:
            return _message(review, request, "未保存：其他审核人已修改", "在您打开页面之后，其他审核人修改了这条结果的同一项。"
                            "请返回查看后重新决定。", 409, link=back, link_text="返回报告", current=exc.current)
        except InvalidDecision as exc:
            return _message(review, request, "未保存", f"{exc.source}: {exc.problem}", 400, link=back)
        return RedirectResponse(back, status_code=303)

    async def set_reviewer(request: Request) -> Response:
        form = await request.form()
        if not review.token_ok(request.state.session, form.get("csrf")):
            return _message(review, request, "会话已过期", "页面的安全令牌无效，请刷新后再操作。", 403)
        try:
            name = decisions.clean_text(str(form.get("reviewer") or ""), decisions.MAX_REVIEWER, "reviewer")
        except InvalidDecision as exc:
            return _message(review, request, "未保存", exc.problem, 400)
        response = RedirectResponse(_safe_back(form.get("back")), status_code=303)
        _remember_reviewer(response, name)
        return response

    async def report_decisions(request: Request) -> Response:
        report_id = request.path_params["report_id"]

        def read():
            row = review.conn().execute("SELECT * FROM reports WHERE report_id = ?", (report_id,)).fetchone()
            if row is None:
                return None
            state = report_state(review.conn(), row)
            return {fp: state.decisions[fp].to_dict() for fp in sorted(state.decisions)}

        found = await run_in_threadpool(read)
        if found is None:
            return JSONResponse({"error": "not_found"}, status_code=404)
        return JSONResponse({"decisions": found})

    async def export(request: Request) -> Response:
        kind = request.path_params["kind"]
        from . import exports

        if kind not in exports.MEDIA:
            return _message(review, request, "找不到该页面", "只能导出 xlsx 或 docx。", 404)
        data, name, media = await run_in_threadpool(exports.export_bytes, review.conn(), kind,
                                                    dict(request.query_params))
        return Response(data, media_type=media, headers={
            "Content-Disposition": f"attachment; filename=\"review.{kind}\"; filename*=UTF-8''{quote(name)}"})

    routes = [
        Route("/", corpus),
        Route("/report/{report_id:str}", report),
        Route("/api/decision", decision_api, methods=["POST"]),
        Route("/api/report/{report_id:str}/decisions", report_decisions),
        Route("/decision", decision_form, methods=["POST"]),
        Route("/reviewer", set_reviewer, methods=["POST"]),
        Route("/export.{kind:str}", export),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
    ]

    async def not_found(request: Request, exc) -> Response:
        return _message(review, request, "找不到该页面", "没有这个地址。", 404)

    return Starlette(routes=routes, middleware=[Middleware(Guard, review=review)],
                     exception_handlers={404: not_found})


def create_app(results: "str | os.PathLike", *, host: str = "127.0.0.1", extra_hosts: tuple[str, ...] = ()) -> Starlette:
    """The application over ``results`` (a batch's ``--out``), e.g. for uvicorn or a test client."""
    review = Review(results, host=host, extra_hosts=extra_hosts)
    app = build_app(review)
    app.state.review = review
    return app


__all__ = ["create_app", "build_app", "Review", "content_security_policy", "is_loopback"]
