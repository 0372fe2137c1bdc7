"""Small SVG bar charts drawn on the server: no script, no library, nothing fetched; every
label is escaped (agency names and rule keys come from reports). Colours are CSS classes
(``static/review.css``), so the page's Content-Security-Policy needs no inline styles.
"""
from __future__ import annotations

from html import escape
from typing import Sequence

ROW = 22  # height of one bar row
LABEL_W = 300  # room for the labels left of the bars
BAR_W = 420


def _e(text) -> str:
    return escape("" if text is None else str(text), quote=True)


def _num(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def stacked_bars(title: str, rows: Sequence[tuple[str, Sequence[tuple[str, float]], str | None]],
                 legend: Sequence[tuple[str, str]], *, shares: bool = False, empty: str = "没有数据") -> str:
    """Horizontal stacked bars. ``rows``: ``(label, [(segment class, value)], href or None)``;
    ``legend``: ``(segment class, name)``. With ``shares`` each bar is scaled to 100 % (its
    total is printed after it)."""
    if not rows:
        return f'<figure class="plot"><figcaption>{_e(title)}</figcaption><p class="muted">{_e(empty)}</p></figure>'
    names = dict(legend)
    longest = max((sum(v for _, v in segments) for _, segments, _ in rows), default=0) or 1
    height = ROW * len(rows) + 34
    out = [f'<figure class="plot"><figcaption>{_e(title)}</figcaption>',
           f'<svg class="chart" role="img" aria-label="{_e(title)}" width="{LABEL_W + BAR_W + 70}" '
           f'height="{height}" viewBox="0 0 {LABEL_W + BAR_W + 70} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, segments, href) in enumerate(rows):
        y = i * ROW + 4
        total = sum(v for _, v in segments)
        scale = (BAR_W / total if total else 0) if shares else BAR_W / longest
        shown = label if len(label) <= 24 else label[:23] + "…"
        text = f'<text class="label" x="{LABEL_W - 6}" y="{y + 14}" text-anchor="end">{_e(shown)}<title>{_e(label)}</title></text>'
        out.append(f'<a href="{_e(href)}">{text}</a>' if href else text)
        x = float(LABEL_W)
        for cls, value in segments:
            if value <= 0:
                continue
            w = value * scale
            tip = f"{label}：{names.get(cls, cls)} {_num(value)}" + (f"（{value / total:.0%}）" if total else "")
            out.append(f'<rect class="seg {_e(cls)}" x="{x:.1f}" y="{y}" width="{max(w, 0.5):.1f}" height="{ROW - 6}">'
                       f"<title>{_e(tip)}</title></rect>")
            x += w
        out.append(f'<text class="value" x="{x + 4:.1f}" y="{y + 14}">{_e(_num(total))}</text>')
    out.append("</svg>")
    out.append('<p class="legend">' + "".join(f'<span><i class="sw {_e(cls)}"></i>{_e(name)}</span>'
                                              for cls, name in legend) + "</p></figure>")
    return "".join(out)


def columns(title: str, bars: Sequence[tuple[str, float]], *, cls: str = "c-fail", unit: str = "") -> str:
    """Vertical bars (a histogram): ``bars`` as ``(label, value)``."""
    width, height, base = 60 * len(bars) + 20, 170, 140
    top = max((v for _, v in bars), default=0) or 1
    out = [f'<figure class="plot"><figcaption>{_e(title)}</figcaption>',
           f'<svg class="chart" role="img" aria-label="{_e(title)}" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, value) in enumerate(bars):
        h = 110 * value / top
        x = 10 + 60 * i
        out.append(f'<rect class="seg {_e(cls)}" x="{x + 8}" y="{base - h:.1f}" width="44" height="{max(h, 0.5):.1f}">'
                   f"<title>{_e(label)}：{_e(_num(value))}{_e(unit)}</title></rect>")
        out.append(f'<text class="value" x="{x + 30}" y="{base - h - 4:.1f}" text-anchor="middle">{_e(_num(value))}</text>')
        out.append(f'<text class="label" x="{x + 30}" y="{base + 16}" text-anchor="middle">{_e(label)}</text>')
    out.append("</svg></figure>")
    return "".join(out)


__all__ = ["stacked_bars", "columns"]
