from __future__ import annotations

from pathlib import Path

from engine.lint import docgen
from engine.lint.registry import RULES


def test_committed_rule_docs_are_up_to_date() -> None:
    stale = docgen.stale_pages()
    assert stale == [], "run: python -m engine.lint.docgen"


def test_every_rule_has_a_page_with_both_examples(tmp_path: Path) -> None:
    docgen.write_pages(tmp_path)
    for code, rule in RULES.items():
        page = (tmp_path / "rules" / f"{code}.md").read_text(encoding="utf-8")
        assert rule.doc().bad in page and rule.doc().good in page
        assert f"[{code}]({code}.md)" in (tmp_path / "rules" / "index.md").read_text(encoding="utf-8")


def test_check_mode_reports_edits_and_leftovers(tmp_path: Path) -> None:
    docgen.write_pages(tmp_path)
    assert docgen.main(["--check", str(tmp_path)]) == 0
    (tmp_path / "rules" / "SG201.md").write_text("edited by hand\n", encoding="utf-8")
    (tmp_path / "rules" / "SG999.md").write_text("old rule\n", encoding="utf-8")
    assert docgen.stale_pages(tmp_path) == ["rules/SG201.md", "rules/SG999.md"]
    assert docgen.main(["--check", str(tmp_path)]) == 1


def test_constraints_doc_lists_every_known_construct() -> None:
    from engine.lint.constraints import KNOWN_CONSTRUCTS

    text = (docgen.DEFAULT_DIR / "constraints.md").read_text(encoding="utf-8")
    assert all(f"| `{name}` |" in text for name in KNOWN_CONSTRUCTS)
