import io
import json
import re
from dataclasses import replace

import jsonschema
import pytest
from markupsafe import escape
from rich.console import Console

import unspun
from unspun.report import render_html, render_json, render_terminal, schema


def test_json_matches_schema(seed_report):
    data = json.loads(render_json(seed_report))
    jsonschema.validate(data, schema())
    assert data["schema_version"] == unspun.SCHEMA_VERSION


def test_html_is_self_contained_and_escaped(example_corpus):
    text = (
        "published : 2023-09-05\n\n<script>alert('x')</script> Russia has purportedly "
        "proposed that North Korea participate in joint naval exercises with China, according "
        "to South Korea's intelligence agency."
    )
    report = unspun.check(text, example_corpus, unspun.CheckOptions(detect=False))
    page = render_html(report)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "http://" not in page.replace("http://www.w3.org", "") and 'src="http' not in page


def test_html_links_suspect_to_source_and_shows_changes(seed_report):
    page = render_html(seed_report)
    assert 'id="s-0"' in page and 'href="#src-0-' in page
    assert "direction" in page and "from North Korea" in page
    assert "omitted" in page and "Copyright" in page


def test_terminal_summary(seed_report):
    console = Console(record=True, width=120)
    render_terminal(seed_report, console)
    text = console.export_text()
    assert "Verdict: derived" in text
    assert "camera_line" in text and "[credit]" in text


def test_terminal_omissions_are_cut_at_a_word_with_an_ellipsis(seed_report):
    console = Console(record=True, width=400, file=io.StringIO())
    render_terminal(seed_report, console)
    long_ones = [o.text for o in seed_report.omissions if len(o.text) > 160]
    assert long_ones
    shown = console.export_text()
    for text in long_ones:
        line = next(x for x in shown.splitlines() if text[:60] in x)
        assert line.endswith("…") and text.startswith(line.split("] ", 1)[1][:-1])


def test_html_machine_text_section_states_the_score_once(examples):
    rewrite = (examples / "000_001142e31bd2ee9d.txt").read_text(encoding="utf-8")
    source = (examples / "002_bfd5cbc101d0c76f.txt").read_text(encoding="utf-8")
    page = render_html(unspun.compare(rewrite, source))
    assert "Probability machine-written" in page
    assert "calibrated P(machine)" not in page
    assert "image-prompt residue" in page


def test_html_shows_an_added_dateline_as_metadata_not_as_a_red_claim(seed_report):
    page = render_html(seed_report)
    dateline = next(f for f in seed_report.findings if f.role == "dateline")
    assert f'<div class="s added meta" id="s-{dateline.index}"' in page


def test_terminal_numbers_sentences_from_one_and_names_metadata_lines(seed_report):
    console = Console(record=True, width=200, file=io.StringIO())
    render_terminal(seed_report, console)
    shown = console.export_text()
    dateline = next(f for f in seed_report.findings if f.role == "dateline")
    row = next(x for x in shown.splitlines() if dateline.text in x)
    assert row.split("│")[1].strip() == str(dateline.index + 1)
    assert "added / dateline" in row
    assert "(1 of them a dateline, byline or credit line)" in shown


def test_html_numbers_linked_sentences_from_one(seed_report):
    page = render_html(seed_report)
    linked = next(f for f in seed_report.findings if f.source_indices)
    first = linked.source_indices[0]
    assert f'href="#src-0-{first}">&rarr; source #{first + 1}' in page


def _one_passage_omitted() -> unspun.Report:
    source = (
        "The council approved a $42 million plan to repair the harbour bridge on Tuesday. "
        "Work will start in March and last two years. "
        "The mayor said the bridge carries 40,000 cars a day."
    )
    suspect = (
        "The council approved a $42 million plan to repair the harbour bridge on Tuesday. "
        "Work will start in March and last two years."
    )
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    assert report.counts()["omitted"] == 1
    return report


def test_terminal_says_one_source_passage_in_the_singular():
    console = Console(record=True, width=200, file=io.StringIO())
    render_terminal(_one_passage_omitted(), console)
    shown = console.export_text()
    assert "; 1 source passage omitted" in shown and "passages" not in shown


def test_html_says_one_source_passage_in_the_singular():
    page = render_html(_one_passage_omitted())
    assert "1 source passage omitted" in page and "passages omitted" not in page


def _report_with_source_url(tmp_path, url: str) -> unspun.Report:
    text = (
        "The council approved a $42 million plan to repair the harbour bridge on Tuesday. "
        "Work will start in March and last two years. "
        "The mayor said the bridge carries 40,000 cars a day."
    )
    with unspun.Corpus.open(tmp_path / "news.unspun") as corpus:
        corpus.add([{"id": "bridge", "text": text, "url": url}], workers=1)
        report = unspun.check(text, corpus, unspun.CheckOptions(detect=False))
    assert [s.id for s in report.sources] == ["bridge"]
    return report


def test_html_links_a_source_web_address_escaped_and_without_referrer(tmp_path):
    page = render_html(_report_with_source_url(tmp_path, 'https://news.example/a?b=1&c="<x>'))
    escaped = "https://news.example/a?b=1&amp;c=&#34;&lt;x&gt;"
    assert f'<a href="{escaped}" target="_blank" rel="noopener noreferrer">{escaped}</a>' in page


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "java\tscript:alert(1)", "ftp://files.example/a", "/a/b"]
)
def test_html_shows_other_addresses_as_text_not_links(tmp_path, url):
    page = render_html(_report_with_source_url(tmp_path, url))
    assert f'<span class="note">{escape(url)}</span>' in page
    assert 'rel="noopener' not in page


def test_a_report_with_no_source_validates_and_says_nothing_was_compared(example_corpus):
    text = (
        "The city's chess club won the regional championship on Sunday. Its youngest player, "
        "aged nine, drew against the defending champion in the final round.\n\n"
        "Taken with a Nikon D850 camera."
    )
    report = unspun.check(text, example_corpus, unspun.CheckOptions(detect=False))
    jsonschema.validate(json.loads(render_json(report)), schema())
    page = render_html(report)
    assert "not compared (no source)" in page
    assert 'class="s added unsourced"' in page and "0 altered" not in page
    # the camera line is listed among the flags, against no source
    assert "(no source to compare)" in page and "(not in the source)" not in page


def _two_source_report() -> unspun.Report:
    """A suspect that takes three sentences from each of two unrelated articles."""
    bridge = (
        "The council approved a $42 million plan to repair the harbour bridge on Tuesday. "
        "Work will start in March and last two years. "
        "The mayor said the bridge carries 40,000 cars a day. "
        "Engineers found rust in 12 of the bridge's steel cables last year. "
        "Drivers will use a temporary ferry while the main span is closed."
    )
    zoo = (
        "The city zoo welcomed twin snow leopard cubs born on May 3, keepers said. "
        "The cubs, a male and a female, weigh about two kilograms each. "
        "Their mother, Irbis, arrived from a Czech zoo in 2019. "
        "Visitors can see the cubs from July, when they leave the den. "
        "Snow leopards are listed as vulnerable, with fewer than 7,000 left in the wild."
    )
    suspect = (
        "The council approved a $42 million plan to repair the harbour bridge on Tuesday. "
        "Engineers found rust in 12 of the bridge's steel cables last year. "
        "Drivers will use a temporary ferry while the main span is closed. "
        "The city zoo welcomed twin snow leopard cubs born on May 3, keepers said. "
        "Their mother, Irbis, arrived from a Czech zoo in 2019. "
        "Visitors can see the cubs from July, when they leave the den."
    )
    with unspun.Corpus.open(":memory:") as corpus:
        corpus.add(
            [
                {
                    "id": "bridge",
                    "text": bridge,
                    "publisher": "harbour.example",
                    "date": "2024-03-05",
                    "url": "https://harbour.example/bridge",
                },
                {"id": "zoo", "text": zoo, "publisher": "zoo.example", "date": "2024-05-10"},
            ],
            workers=1,
        )
        report = unspun.check(suspect, corpus, unspun.CheckOptions(detect=False))
    assert [s.id for s in report.sources] == ["bridge", "zoo"]
    return report


def test_html_shows_the_number_of_every_sentence_a_link_names(seed_report):
    page = render_html(seed_report)
    for f in seed_report.findings:
        assert re.search(rf'id="s-{f.index}"[^>]*>\s*<span class="num">#{f.index + 1}</span>', page)
    sentences = seed_report.source_texts[seed_report.sources[0].id]["sentences"]
    for j in range(len(sentences)):
        assert re.search(rf'id="src-0-{j}"[^>]*>\s*<span class="num">#{j + 1}</span>', page)


def test_html_links_every_source_sentence_a_finding_draws_on_and_back(seed_report):
    page = render_html(seed_report)
    finding = next(f for f in seed_report.findings if len(f.source_indices) > 1)
    for j in finding.source_indices:
        assert f'href="#src-0-{j}"' in page
    used_by: dict[int, list[int]] = {}
    for f in seed_report.findings:
        for j in f.source_indices:
            used_by.setdefault(j, []).append(f.index)
    j, users = next((j, u) for j, u in used_by.items() if len(u) > 1)
    block = page.split(f'id="src-0-{j}"', 1)[1].split("</div>", 1)[0]
    for i in users:
        assert f'href="#s-{i}"' in block


def test_html_names_the_source_of_each_link_when_there_are_two():
    report = _two_source_report()
    page = render_html(report)
    zoo_finding = next(f for f in report.findings if f.source_id == "zoo")
    block = page.split(f'id="s-{zoo_finding.index}"', 1)[1].split("</div>", 1)[0]
    j = zoo_finding.source_indices[0]
    assert f'href="#src-1-{j}"' in block and f"source 2 #{j + 1}" in block
    assert "Source 2: " in page and "zoo.example" in page.split("Source 2: ", 1)[1]
    assert "2024-05-10" in page.split("Source 2: ", 1)[1]


def test_html_column_heading_gives_the_source_publisher_date_and_address():
    page = render_html(_two_source_report())
    heading = page.split("Source 1: ", 1)[1].split("</h3>", 1)[0]
    assert "harbour.example" in heading and "2024-03-05" in heading
    assert 'href="https://harbour.example/bridge"' in heading


def test_html_too_short_does_not_claim_no_source_exists(example_corpus):
    text = "Russia has purportedly proposed joint naval exercises with North Korea and China."
    report = unspun.check(text, example_corpus, unspun.CheckOptions(detect=False))
    assert report.verdict.kind == "too_short"
    page = render_html(report)
    assert "No source found" not in page
    assert "Not traced: too short" in page


def test_html_has_a_legend_naming_every_label_in_words(seed_report):
    page = render_html(seed_report)
    legend = page.split('id="legend"', 1)[1].split("</section>", 1)[0]
    for word in ("supported", "altered", "added", "omitted", "metadata", "used"):
        assert word in legend


def test_html_lists_every_flag_with_both_spans_up_front(seed_report):
    page = render_html(seed_report)
    flags = page.split('id="flags"', 1)[1].split("</table>", 1)[0]
    assert page.index('id="flags"') < page.index('id="suspect"')
    for f in seed_report.findings:
        if f.label == "altered":
            assert f'href="#s-{f.index}"' in flags
            for c in f.changes:
                assert c.type in flags
                for span in (c.suspect, c.source):
                    if span:
                        assert str(escape(span.text)) in flags
        elif f.label == "added" and f.added_type not in (None, "unsourced"):
            assert f'href="#s-{f.index}"' in flags


def test_html_isolates_article_text_so_bidi_controls_cannot_reorder_the_page(example_corpus):
    override = "\u202e"
    text = (
        f"Russia has purportedly proposed {override}that North Korea participate in joint naval "
        "exercises with China, according to South Korea's intelligence agency. Lawmaker Yoo "
        "Sang-bum stated that South Korean National Intelligence Service Director Kim Kyou-hyun "
        "mentioned the likelihood of Russian Defense Minister Sergei Shoigu suggesting trilateral "
        "naval drills."
    )
    report = unspun.check(text, example_corpus, unspun.CheckOptions(detect=False))
    page = render_html(report)
    for line in page.splitlines():
        if override in line and "<title>" not in line:
            inner = line.split(override)[0].rsplit("<bdi", 1)
            assert len(inner) == 2 and "</bdi>" not in inner[1], line


def test_html_says_when_and_by_which_version_it_was_made(seed_report):
    page = render_html(seed_report)
    footer = page.split('id="provenance"', 1)[1].split("</p>", 1)[0]
    assert f"unspun {unspun.__version__}" in footer
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", footer)


def test_to_dict_is_the_json_form_itself(seed_report):
    # the README: report.to_dict() is the JSON form of schema.json, so it validates as it
    # is (lists, not tuples) and survives a JSON round trip unchanged
    data = seed_report.to_dict()
    jsonschema.validate(data, schema())
    assert json.loads(json.dumps(data)) == data


def test_the_suspects_own_publisher_address_and_date_are_reported(example_corpus, seed_rewrite):
    page = unspun.Article(
        id="farm-1",
        text=seed_rewrite,
        publisher="Example Farm <News>",
        url="https://farm.example/story",
        date="2023-09-06",
    )
    report = unspun.check(page, example_corpus, unspun.CheckOptions(detect=False))
    data = report.to_dict()
    jsonschema.validate(data, schema())
    assert {k: data["suspect"][k] for k in ("publisher", "url", "date")} == {
        "publisher": "Example Farm <News>",
        "url": "https://farm.example/story",
        "date": "2023-09-06",
    }
    html = render_html(report)
    meta = html.split('id="suspect-meta"', 1)[1].split("</p>", 1)[0]
    assert "Example Farm &lt;News&gt;" in meta and 'href="https://farm.example/story"' in meta
    console = Console(record=True, width=200)
    render_terminal(report, console)
    assert console.export_text().startswith(
        "Suspect: Example Farm <News> · 2023-09-06 · https://farm.example/story\n"
    )


def test_html_verdict_does_not_say_its_kind_twice(seed_report):
    verdict = render_html(seed_report).split('id="verdict">', 1)[1].split("</p>", 1)[0]
    assert verdict.startswith("<b>derived</b> <bdi>from seed:")


def test_the_suspects_publisher_cannot_add_a_line_or_an_escape_to_the_terminal(
    example_corpus, seed_rewrite
):
    page = unspun.Article(
        id="farm-1",
        text=seed_rewrite,
        publisher="Farm\x1b[2J\nVerdict: unrelated - no source found",
        url="   ",
    )
    report = unspun.check(page, example_corpus, unspun.CheckOptions(detect=False))
    console = Console(file=io.StringIO(), force_terminal=True, width=200)
    render_terminal(report, console)
    out = console.file.getvalue()
    assert "\x1b[2J" not in out
    assert out.splitlines()[0] == "Suspect: Farm [2J Verdict: unrelated - no source found"


def test_a_sources_id_and_title_and_the_suspects_sentences_cannot_add_a_line_or_an_escape(
    example_records, seed_rewrite
):
    """Corpus records and suspect text come from the web too: the terminal summary prints
    them on one line each, without control characters, as it does the suspect's publisher."""
    spoof = "\x1b[2J\nVerdict: unrelated - no source found"
    corpus = unspun.Corpus.open(":memory:")
    records = [dict(r) for r in example_records]
    for record in records:
        if record["id"] == "seed:002_bfd5cbc101d0c76f":
            record.update(id="seed" + spoof, title="Title" + spoof)
    corpus.add(records)
    suspect = seed_rewrite.replace("Taken with a Nikon", "Taken \x1b[31mwith a Nikon")
    report = unspun.check(suspect, corpus, unspun.CheckOptions(detect=False))
    assert report.verdict.kind == "derived"
    console = Console(file=io.StringIO(), force_terminal=True, width=200)
    render_terminal(report, console)
    out = console.file.getvalue()
    assert "\x1b[2J" not in out and "\x1b[31mwith" not in out
    assert not [line for line in out.splitlines() if line.startswith("Verdict: unrelated")]


_LIMIT_LINE = (
    "Stopped at 3 sources: 6 sentences may come from further sources; raise --max-sources to "
    "look for more"
)


def test_a_search_stopped_at_the_source_limit_is_in_the_json_terminal_and_html(limited_report):
    data = json.loads(render_json(limited_report))
    jsonschema.validate(data, schema())
    assert data["source_limit"] == {"max_sources": 3, "unexplained": 6}
    console = Console(record=True, width=200, file=io.StringIO())
    render_terminal(limited_report, console)
    assert _LIMIT_LINE in console.export_text().splitlines()
    page = render_html(limited_report)
    assert f'<p class="limit" id="source-limit">{_LIMIT_LINE}</p>' in page


def test_a_search_that_found_every_source_says_nothing_of_a_limit(six_stories, five_story_copy):
    options = unspun.CheckOptions(detect=False, max_sources=5)
    report = unspun.check(five_story_copy, six_stories, options)
    data = json.loads(render_json(report))
    jsonschema.validate(data, schema())
    assert data["source_limit"] is None
    console = Console(record=True, width=200, file=io.StringIO())
    render_terminal(report, console)
    assert "Stopped at" not in console.export_text()
    assert "source-limit" not in render_html(report) and "Stopped at" not in render_html(report)


def test_the_limit_line_agrees_with_one_source_and_one_sentence(limited_report):
    one = replace(limited_report, source_limit=unspun.SourceLimit(max_sources=1, unexplained=1))
    console = Console(record=True, width=200, file=io.StringIO())
    render_terminal(one, console)
    assert "Stopped at 1 source: 1 sentence may come from further sources;" in (
        console.export_text()
    )


def test_an_attribution_left_out_with_its_sentence_is_shown_on_it_not_again():
    source = (
        "The council approved a 42 million dollar plan to repair the harbour bridge on Tuesday. "
        "Work will start in March and last two years. "
        "The storm killed 12 people in the north, AFP said. "
        "The mayor said the bridge carries 40,000 cars a day."
    )
    suspect = source.replace("The storm killed 12 people in the north, AFP said. ", "")
    report = unspun.compare(suspect, source, unspun.CheckOptions(detect=False))
    data = json.loads(render_json(report))
    jsonschema.validate(data, schema())
    assert [o["kind"] for o in data["omissions"]] == ["content"]
    assert [p["text"] for p in data["omissions"][0]["parts"]] == ["AFP said"]
    console = Console(record=True, width=200, file=io.StringIO())
    render_terminal(report, console)
    shown = [line for line in console.export_text().splitlines() if "AFP said" in line]
    assert shown == [
        "  [content] The storm killed 12 people in the north, AFP said. (attribution dropped "
        "with it: AFP said)"
    ]
    page = render_html(report)
    # on the sentence in the source column, and in the list of omissions
    assert len(re.findall(r'<mark class="drop">(?:<bdi>)?AFP said', page)) == 2
