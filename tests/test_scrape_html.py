"""HTML list pages: messages are found by content, whatever the markup.

The seed's 342 messages are rendered into two different markups (table rows; nested
divs with ``<p>``, ``<br>``, ``<ul><li>``), with entities and whitespace noise, and into a
Danish variant; each must give back the same messages as the seed's text.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re

import pytest

from icsfeed.scrape import browser_text, detail_links, parse_page

PAGE_URL = "https://info.skat.dk/data.aspx?lang=us&oid=54316"
DANISH_LABELS = {"EU-systems": "EU-systemer", "Other messages": "Øvrige meddelelser", "DMS eksport": "DMS Eksport",
                 "TFE (testsystems)": "TFE (testsystemer)", "E-tax for businesses (NTSE)": "E-skat for virksomheder (NTSE)"}


def _noisy(text: str, rng: random.Random) -> str:
    """HTML for ``text``: escaped, no-break spaces as ``&nbsp;``, some letters as numeric entities,
    some spaces as runs of source whitespace."""
    out = []
    for char in html.escape(text, quote=False):
        if char == "\xa0":
            out.append("&nbsp;")
        elif not char.isascii() and rng.random() < 0.5:
            out.append(f"&#{ord(char)};" if rng.random() < 0.5 else f"&#x{ord(char):x};")
        elif char == " " and rng.random() < 0.1:
            out.append(rng.choice(["\n      ", "  ", " \t ", "\n"]))
        else:
            out.append(char)
    return "".join(out)


def _body_html(body: str, rng: random.Random) -> str:
    """Paragraphs as ``<p>``, line breaks as ``<br>``, bullet lines as ``<ul><li>``."""
    parts, bullets = [], []
    for block in body.split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("  • ") for line in lines):
            bullets.extend(line[4:] for line in lines)
            continue
        if bullets:
            parts.append("<ul>" + "".join(f"\n  <li>{_noisy(b, rng)}</li>" for b in bullets) + "\n</ul>")
            bullets = []
        parts.append("<p>" + "<br>\n".join(_noisy(line, rng) for line in lines) + "</p>")
    if bullets:
        parts.append("<ul>" + "".join(f"<li>{_noisy(b, rng)}</li>" for b in bullets) + "</ul>")
    return "\n".join(parts)


def _listing(gold_messages, seed_messages):
    """Every message, repeated as the site repeats it (once per listing), with its detail-page number."""
    for n, (gold, message) in enumerate(zip(gold_messages, seed_messages)):
        for _ in range(n % 3 + 1):
            yield 900000 + n, gold, message


def table_page(gold_messages, seed_messages) -> str:
    """Markup (a): one table, three rows per entry (heading cells, body, publication stamp)."""
    rng = random.Random(1)
    rows = [f"""<tr class="hd"><td class="cat">{_noisy(", ".join(m.categories), rng)}</td>
<td><a href="data.aspx?oid={oid}&amp;x=read">{_noisy(m.title, rng)}</a></td><td>{g["updated"]}</td></tr>
<tr><td colspan="3">{_body_html(g["body"], rng)}</td></tr>
<tr><td colspan="3" class="pub">{g["published"]}</td></tr>"""
            for oid, g, m in _listing(gold_messages, seed_messages)]
    return ("<!DOCTYPE html>\n<html><head><title>Scheduled unavailability</title>"
            "<script>var s = '01-01-2025 kl. 10:00';</script></head><body>\n"
            "<p>On this page you can see {0}</p>\n<table class=\"list\"><tbody>\n" + "\n".join(rows)
            + "\n</tbody></table>\n<div class=\"footer\">Danish Customs Agency</div></body></html>")


def div_page(gold_messages, seed_messages, *, danish: bool = False) -> str:
    """Markup (b): nested divs, the heading run together from spans, a link and the stamp."""
    rng = random.Random(2)
    updated_label, published_label = ("Sidst opdateret: ", "Publiceret: ") if danish else ("", "")
    items = []
    for oid, g, m in _listing(gold_messages, seed_messages):
        labels = [DANISH_LABELS.get(label, label) for label in m.categories] if danish else m.categories
        space = rng.choice(["", "", "\n   "])
        items.append(f"""<div class="item">
  <div class="hdr"><h3><span class="cats">{_noisy(", ".join(labels), rng)}</span>{space}<a
      href="/data.aspx?oid={oid}&amp;x=read&amp;lang={'da' if danish else 'us'}">{_noisy(m.title, rng)}</a>{space}<span
      class="date">{updated_label}{g["updated"]}</span></h3></div>
  <div class="txt"><div class="inner">{_body_html(g["body"], rng)}</div></div>
  <div class="pub">{published_label}{g["published"]}</div>
</div>""")
    lang = "da" if danish else "en"
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><style>.x{{}}</style></head>'
            '<body><nav><ul><li><a href="/">Home</a></li><li><a href="https://example.org/data.aspx?oid=1&amp;x=read">'
            'Elsewhere</a></li></ul></nav><main>\n' + "\n".join(items) + "\n</main></body></html>")


def _normal(text: str) -> str:
    return " ".join(text.split())


def _stamp(value: dt.datetime, seconds: bool) -> str:
    return value.strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y kl. %H:%M")


def _assert_same_messages(found, gold_messages, seed_messages):
    assert len(found) == len(gold_messages) == 342
    for message, gold, expected in zip(found, gold_messages, seed_messages):
        assert _stamp(message.published, True) == gold["published"]
        assert _stamp(message.updated, False) == gold["updated"]
        assert message.title == expected.title
        assert message.systems == expected.systems
        assert message.refs == expected.refs
        assert _normal(message.body) == _normal(gold["body"])


def test_table_markup_gives_the_seed_messages(gold_messages, seed_messages):
    found = parse_page(table_page(gold_messages, seed_messages).encode(), source_url=PAGE_URL)
    _assert_same_messages(found, gold_messages, seed_messages)
    assert [m.categories for m in found] == [m.categories for m in seed_messages]
    assert {m.language for m in found} == {"en"}
    assert found[0].source_url == "https://info.skat.dk/data.aspx?oid=900000&x=read"
    assert [m.source_url for m in found] == [f"https://info.skat.dk/data.aspx?oid={900000 + n}&x=read"
                                             for n in range(342)]


def test_div_markup_gives_the_seed_messages(gold_messages, seed_messages):
    found = parse_page(div_page(gold_messages, seed_messages), source_url=PAGE_URL)
    _assert_same_messages(found, gold_messages, seed_messages)
    assert [m.head for m in found] == [g["head"] for g in gold_messages]
    assert [m.source_url for m in found] == [f"https://info.skat.dk/data.aspx?oid={900000 + n}&x=read&lang=us"
                                             for n in range(342)]


def test_danish_markup_gives_the_same_messages_in_danish(gold_messages, seed_messages):
    found = parse_page(div_page(gold_messages, seed_messages, danish=True).encode(),
                       source_url="https://info.skat.dk/data.aspx?oid=54316")
    _assert_same_messages(found, gold_messages, seed_messages)
    assert {m.language for m in found} == {"da"}
    labels = {label for m in found for label in m.categories}
    assert {"EU-systemer", "Øvrige meddelelser", "TFE (testsystemer)"} <= labels
    assert "Other messages" not in labels


def test_plain_html_reads_back_exactly_as_the_seed_text(gold_messages, seed_messages):
    """Without noise, HTML of the seed's first messages gives their text to the character (no-break spaces too)."""
    items = "".join(
        f"""<div><div><span>{html.escape(", ".join(m.categories))}</span><a href="data.aspx?oid={n}&amp;x=read">"""
        f"""{html.escape(m.title)}</a><span>{g["updated"]}</span></div>
        <div>{"".join(f"<p>{html.escape(b).replace(chr(160), '&nbsp;')}</p>" if not b.startswith("  • ")
                      else f"<ul><li>{html.escape(b[4:])}</li></ul>" for b in g["body"].split(chr(10) * 2))}</div>
        <div>{g["published"]}</div></div>"""
        for n, (g, m) in enumerate(zip(gold_messages[:3], seed_messages)))
    found = parse_page(f"<html><body>{items}</body></html>", source_url=PAGE_URL)
    assert [(m.head, m.body, m.published, m.updated) for m in found] == [
        (m.head, m.body, m.published, m.updated) for m in seed_messages[:3]]
    assert [m.source_url for m in found] == [f"https://info.skat.dk/data.aspx?oid={n}&x=read" for n in range(3)]


@pytest.mark.parametrize("fragment, text", [
    ("<p>a<br>b</p><p>c</p>", "a\nb\n\nc"),
    ("<div>x <span> y </span>\n z</div>", "x y z"),
    ("<ul><li>one</li><li>\n two&nbsp;</li></ul>", "  • one\n  • two\xa0"),
    ("<p>&amp;&#229;&#xf8;&lt;</p>", "&åø<"),
    ("<table><tr><td>A</td><td> B </td></tr><tr><td>C</td></tr></table>", "A\tB\nC"),
    ("<div>shown<script>hidden()</script><span style='display:none'>hidden</span><span hidden>x</span></div>",
     "shown"),
    ("<pre>a\n  b</pre>c", "a\n  b\nc"),
])
def test_browser_text_follows_inner_text(fragment, text):
    assert browser_text(f"<html><body>{fragment}</body></html>").text == text


def test_detail_links_are_absolute_same_host_and_unique(gold_messages, seed_messages):
    page = div_page(gold_messages[:5], seed_messages[:5]).replace(
        "</main>", '<a href="//evil.example/data.aspx?oid=7&amp;x=read">x</a>'
                   '<a href="data.aspx?oid=54316&amp;lang=da">da</a>'
                   '<a href="https://INFO.skat.dk/data.aspx?oid=8&amp;x=read#top">y</a></main>')
    links = detail_links(page.encode(), "https://info.skat.dk/data.aspx?lang=us&oid=54316")
    assert links == [f"https://info.skat.dk/data.aspx?oid={900000 + n}&x=read&lang=us" for n in range(5)] + [
        "https://INFO.skat.dk/data.aspx?oid=8&x=read"]


def test_detail_links_of_broken_html_is_empty():
    assert detail_links(b"", "https://info.skat.dk/") == []
    assert detail_links(b"<html><body><p>no links", "https://info.skat.dk/") == []


def test_per_message_links_fall_back_to_the_page_url(gold_messages):
    g = gold_messages[0]
    page = f"<html><body><div>{html.escape(g['head'])}{g['updated']}</div><p>{html.escape(g['body'])}</p>" \
           f"<div>{g['published']}</div></body></html>"
    (message,) = parse_page(page, source_url=PAGE_URL)
    assert message.source_url == PAGE_URL
    assert re.sub(r"\s+", " ", message.body) == re.sub(r"\s+", " ", g["body"])


def test_categories_in_a_block_of_their_own_above_the_title():
    page = """<html><body><section>
      <div class="segments">DMS Import, Toll Portal (New)</div>
      <h3>Technical difficulties in DMS <small>25-08-2025 kl. 19:35</small></h3>
      <p>Extended response times.</p><p>INC000001700001</p><p class="stamp">25-08-2025 15:41:00</p>
      <div class="segments">Manifest</div><h3>Manifest portal</h3><div>26-08-2025 kl. 10:00</div>
      <p>Slow.</p><p>26-08-2025 09:00:00</p>
    </section></body></html>"""
    first, second = parse_page(page)
    assert (first.categories, first.title) == (("DMS Import", "Toll Portal (New)"), "Technical difficulties in DMS")
    assert first.systems == ("dms-import", "toll-portal-new") and first.refs == ("INC000001700001",)
    assert (second.categories, second.title, second.body) == (("Manifest",), "Manifest portal", "Slow.")


def test_the_publication_stamp_in_the_last_cell_of_a_row():
    page = """<table>
      <tr><td>DMS eksport, DMS Import</td><td>PRD-servicewindow May 19</td><td>12-05-2026 kl. 14:28</td></tr>
      <tr><td colspan="3"><p>Tuesday May 19, 2026, 1800-2300</p></td></tr>
      <tr><td>WO0000001586573</td><td></td><td>12-05-2026 14:28:00</td></tr>
      <tr><td>Manifest</td><td>Manifest issue</td><td>13-05-2026 kl. 09:00</td></tr>
      <tr><td colspan="3">Slow</td></tr><tr><td></td><td></td><td>13-05-2026 08:00:00</td></tr></table>"""
    first, second = parse_page(page)
    assert first.body == "Tuesday May 19, 2026, 1800-2300\n\nWO0000001586573"
    assert first.refs == ("WO0000001586573",) and first.categories == ("DMS eksport", "DMS Import")
    assert (second.title, second.body) == ("Manifest issue", "Slow")
