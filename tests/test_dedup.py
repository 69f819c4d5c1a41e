"""The near-duplicate index: corpus quality, order independence, updates, window, persistence."""

from __future__ import annotations

import itertools
import json
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.fingerprint import text_sha256
from crawler.index import base as index_base
from crawler.index import embedded_backend as index_embedded_backend
from crawler.index import origin as index_origin
from crawler.index import tables as index_tables
from crawler.index.base import INDEX_KEY, Member, PageEntry
from crawler.index.embedded import EmbeddedIndex
from crawler.index.factory import open_index
from crawler.index.origin import choose_origin
from crawler.index.signature import signatures
from crawler.store.base import StoreError
from crawler.store.layout import url_key
from crawler.store.local import LocalStore

CORPUS_DIR = Path(__file__).parent / "fixtures" / "syndication"
CORPUS: list[dict[str, Any]] = json.loads((CORPUS_DIR / "corpus.json").read_text())
NOW = 1_776_000_000.0  # 2026-04-12, a few weeks after the corpus was "published"


def entry(page: dict[str, Any]) -> PageEntry:
    return PageEntry(url_key=url_key(page["url"]), url=page["url"], text=page["text"],
                     text_sha256=text_sha256(page["text"]), site=page["site"],
                     published=page["published"], fetched_at=page["fetched_at"],
                     origin_hints=tuple(page["origin_hints"]), wire_credit=page["wire_credit"])


def make_entry(key: str, text: str, **kw: Any) -> PageEntry:
    return PageEntry(key, f"https://{key}.example/story", text, text_sha256(text), **kw)


def index(tmp: Path | str, window_days: int | None = None) -> EmbeddedIndex:
    return EmbeddedIndex(LocalStore(tmp), window_days=window_days, clock=lambda: NOW)


def clusters_of(idx: EmbeddedIndex) -> dict[str, tuple[str, ...]]:
    return idx.clusters()


# --- the labelled corpus --------------------------------------------------------------------

def test_corpus_is_what_the_generator_writes() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate", CORPUS_DIR / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == CORPUS


def test_corpus_is_big_and_varied_enough() -> None:
    stories = {p["story"] for p in CORPUS}
    edits = {e for p in CORPUS for e in p["edits"]}
    assert len(CORPUS) >= 150 and len(stories) >= 40
    assert sum(1 for s in stories if s.endswith("-rewrite")) >= 10
    assert {"headline", "dateline", "disclaimer", "dropped-last-paragraph", "editors-note",
            "typos", "chrome", "excerpt", "earlier-timestamp"} <= edits


def test_corpus_precision_recall_and_origins(tmp_path: Path) -> None:
    idx = index(tmp_path)
    doc_of: dict[str, str] = {}
    for page in CORPUS:
        assignment = idx.assign(entry(page))
        for doc_id, keys in assignment.members.items():
            for k in keys:
                doc_of[k] = doc_id
    keys = [url_key(p["url"]) for p in CORPUS]
    tp = fp = fn = 0
    for (a, pa), (b, pb) in itertools.combinations(zip(keys, CORPUS, strict=True), 2):
        predicted, actual = doc_of[a] == doc_of[b], pa["story"] == pb["story"]
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.99, precision
    assert recall >= 0.97, recall
    # The origin of every cluster is the labelled one, and names the document.
    for story in {p["story"] for p in CORPUS}:
        origin = next(p for p in CORPUS if p["story"] == story and p["role"] == "origin")
        members = [url_key(p["url"]) for p in CORPUS if p["story"] == story]
        assert {doc_of[k] for k in members} == {url_key(origin["url"])}, story
    # A rewrite of an event is never in the document of the event's first write-up.
    for story in {p["story"] for p in CORPUS if p["story"].endswith("-rewrite")}:
        first = next(p for p in CORPUS if p["story"] == story.removesuffix("-rewrite"))
        rewrite = next(p for p in CORPUS if p["story"] == story)
        assert doc_of[url_key(first["url"])] != doc_of[url_key(rewrite["url"])]
    assert idx.clusters() == {d: tuple(sorted(k for k in keys if doc_of[k] == d))
                              for d in set(doc_of.values())}


def test_every_assignment_records_its_decision(tmp_path: Path) -> None:
    idx = index(tmp_path)
    rules = set()
    for page in CORPUS[:40]:
        a = idx.assign(entry(page))
        detail = a.provenance()
        assert {"doc_id", "rule", "matched_doc", "score", "origin", "origin_rule"} <= set(detail)
        assert set(a.similarity) == {k for keys in a.members.values() for k in keys}
        assert all(0.0 <= s <= 1.0 for s in a.similarity.values())
        roles = [s["role"] for s in a.sources(a.doc_id)]
        assert roles[0] == "origin" and roles.count("origin") == 1
        rules.add(a.rule)
    assert {"new", "near-duplicate"} <= rules


# --- order independence ---------------------------------------------------------------------

def _reference() -> tuple[list[dict[str, Any]], dict[str, tuple[str, ...]]]:
    stories = {"s01", "s01-rewrite", "s04", "s04-rewrite", "s21", "s37", "s13"}
    pages = [p for p in CORPUS if p["story"] in stories]
    with tempfile.TemporaryDirectory() as tmp:
        idx = index(tmp)
        for p in pages:
            idx.assign(entry(p))
        return pages, clusters_of(idx)


SUBSET, SUBSET_CLUSTERS = _reference()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(range(len(SUBSET))),
       cuts=st.lists(st.integers(min_value=1, max_value=len(SUBSET) - 1), max_size=4))
def test_any_order_and_any_split_into_runs_gives_the_same_clusters(
        order: list[int], cuts: list[int]) -> None:
    bounds = [0, *sorted(set(cuts)), len(order)]
    with tempfile.TemporaryDirectory() as tmp:
        for lo, hi in itertools.pairwise(bounds):
            idx = index(tmp)  # reopened from the store: each run starts from the last flush
            for i in order[lo:hi]:
                idx.assign(entry(SUBSET[i]))
            idx.flush()
        assert clusters_of(index(tmp)) == SUBSET_CLUSTERS


def test_whole_corpus_reversed_matches_forward(tmp_path: Path) -> None:
    forward, backward = index(tmp_path / "f"), index(tmp_path / "b")
    for p in CORPUS:
        forward.assign(entry(p))
    for p in reversed(CORPUS):
        backward.assign(entry(p))
    assert forward.clusters() == backward.clusters()


def test_concurrent_assign_from_threads(tmp_path: Path) -> None:
    serial, shared = index(tmp_path / "s"), index(tmp_path / "t")
    for p in CORPUS:
        serial.assign(entry(p))
    chunks = [CORPUS[i::4] for i in range(4)]
    threads = [threading.Thread(target=lambda c=c: [shared.assign(entry(p)) for p in c])
               for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert shared.clusters() == serial.clusters()


# --- merges, late origins, updates, takedowns -----------------------------------------------

STORY = [p for p in CORPUS if p["story"] == "s21"]
ORIGIN = next(p for p in STORY if p["role"] == "origin")
COPIES = [p for p in STORY if p["role"] == "copy"]


def test_late_origin_takes_over_its_document(tmp_path: Path) -> None:
    idx = index(tmp_path)
    first = [idx.assign(entry(p)) for p in COPIES]
    assert len({a.doc_id for a in first[1:]}) == 1
    before = first[-1].doc_id
    late = idx.assign(entry(ORIGIN))
    okey = url_key(ORIGIN["url"])
    assert late.doc_id == okey
    assert late.members[okey] == tuple(sorted(url_key(p["url"]) for p in STORY))
    assert before in late.removed
    assert late.origins[okey].url_key == okey


PARAS = [
    "Alpha river barge convoy delayed at the northern lock while engineers test the gates.",
    "Captains of the twelve barges said the wait cost them a full day of deliveries to mills.",
    "The lock keeper blamed a cracked hinge found during a routine inspection on Monday.",
    "Spare parts are being made at a foundry in the capital and should arrive this week.",
    "Until then boats will pass only in daylight with a pilot from the canal company.",
    "Mill owners asked the canal company to pay for lost production during the repairs.",
    "The company said it would consider claims once the gates were working again.",
    "Traffic on the canal has doubled in ten years as firms moved freight off the roads.",
]


def test_a_page_that_bridges_two_documents_merges_them_and_its_removal_splits_them(
        tmp_path: Path) -> None:
    idx = index(tmp_path)
    head = make_entry("aaa", " ".join(PARAS[:4]))
    tail = make_entry("bbb", " ".join(PARAS[4:]))
    full = make_entry("ccc", " ".join(PARAS))
    assert idx.assign(head).rule == "new"
    assert idx.assign(tail).rule == "new"
    assert len(idx.clusters()) == 2
    merged = idx.assign(full)
    assert merged.rule in ("near-duplicate", "containment")
    assert list(merged.members.values()) == [("aaa", "bbb", "ccc")]
    # Both old documents are reported: one lives on (re-rendered), the other is removed.
    assert len(merged.removed) == 1 and merged.removed[0] not in merged.members
    assert set(merged.removed) | set(merged.members) <= {"aaa", "bbb", "ccc"}
    assert {"aaa", "bbb"} <= set(merged.removed) | set(merged.members)
    split = idx.remove("ccc")
    assert split is not None and split.rule == "removed"
    assert sorted(split.members.values()) == [("aaa",), ("bbb",)]
    assert idx.clusters() == {"aaa": ("aaa",), "bbb": ("bbb",)}
    assert idx.remove("nope") is None


def test_new_text_at_the_same_url_is_a_new_version_or_moves_out(tmp_path: Path) -> None:
    idx = index(tmp_path)
    pages = [entry(p) for p in STORY]
    for e in pages:
        idx.assign(e)
    copy = pages[1]
    again = idx.assign(copy)
    assert again.rule == "unchanged" and again.doc_id == url_key(ORIGIN["url"])
    # A corrected version: still the same story, so it stays, as a new version.
    fixed = PageEntry(**{**_fields(copy), "text": copy.text + " Correction appended.",
                         "text_sha256": text_sha256(copy.text + " Correction appended.")})
    moved = idx.assign(fixed)
    assert moved.rule == "same-url-update" and moved.doc_id == url_key(ORIGIN["url"])
    # The URL now carries another story entirely: it leaves the document.
    other = " ".join(PARAS)
    replaced = idx.assign(PageEntry(**{**_fields(copy), "text": other,
                                       "text_sha256": text_sha256(other)}))
    assert replaced.doc_id == copy.url_key and replaced.rule == "same-url-update"
    assert copy.url_key not in replaced.members[url_key(ORIGIN["url"])]
    assert idx.clusters()[copy.url_key] == (copy.url_key,)


def test_updating_the_origin_moves_the_document_to_the_next_origin(tmp_path: Path) -> None:
    idx = index(tmp_path)
    for p in STORY:
        idx.assign(entry(p))
    okey = url_key(ORIGIN["url"])
    other = " ".join(PARAS)
    result = idx.assign(PageEntry(**{**_fields(entry(ORIGIN)), "text": other,
                                     "text_sha256": text_sha256(other)}))
    assert okey in result.members and result.members[okey] == (okey,)
    rest = [d for d in result.members if d != okey]
    assert len(rest) == 1 and set(result.members[rest[0]]) == {url_key(p["url"]) for p in COPIES}


def _fields(e: PageEntry) -> dict[str, Any]:
    return {f: getattr(e, f) for f in PageEntry.__slots__}


def test_empty_and_tiny_texts_do_not_cluster_with_everything(tmp_path: Path) -> None:
    idx = index(tmp_path)
    assert idx.assign(make_entry("e1", "")).rule == "new"
    assert idx.assign(make_entry("e2", "")).rule == "new"
    assert idx.assign(make_entry("t1", "Short note.")).rule == "new"
    assert idx.assign(make_entry("t2", "Short note.")).rule == "exact"
    assert idx.assign(make_entry("t3", " ".join(PARAS) + " Short note.")).rule == "new"


# --- choose_origin --------------------------------------------------------------------------

def _member(key: str, url: str, *, site: str | None = None, published: str | None = None,
            hints: tuple[str, ...] = (), credit: str | None = None) -> Member:
    return Member(key, url, site, published, None, hints, credit)


def test_origin_follows_pointer_chains_and_loose_urls() -> None:
    a = _member("a", "https://www.paper.example/story/", published="2026-01-02")
    b = _member("b", "https://portal.example/x", published="2026-01-01",
                hints=("http://paper.example/story?utm_source=feed",))
    c = _member("c", "https://agg.example/y", published="2025-12-31",
                hints=("https://portal.example/x",))
    assert choose_origin([c, b, a]) == index_base.OriginChoice("a", "pointed-to")


def test_origin_is_the_agency_site_even_when_a_copy_claims_to_be_earlier() -> None:
    wire = _member("w", "https://harborwire.example/n/1", site="Harbor Wire",
                   published="2026-01-01T10:00:00Z", credit="Harbor Wire")
    copy = _member("c", "https://portal.example/n/1", site="Portal",
                   published="2026-01-01T09:30:00Z", credit="Harbor Wire")
    assert choose_origin([copy, wire]) == index_base.OriginChoice("w", "wire-agency-site")
    # Host label also identifies the agency when the site name is missing.
    bare = _member("w", "https://harborwire.example/n/1", published="2026-01-02",
                   credit=None)
    assert choose_origin([copy, bare]).url_key == "w"


def test_origin_prefers_credit_carriers_then_earliest_with_time_zones() -> None:
    stripped = _member("s", "https://a.example/1", published="2026-01-01T08:00:00Z")
    carrier = _member("k", "https://b.example/1", published="2026-01-01T09:00:00Z",
                      credit="Meridian Press")
    assert choose_origin([stripped, carrier]) == index_base.OriginChoice("k", "wire-credit")
    east = _member("e", "https://c.example/1", published="2026-01-01T10:00:00+03:00")
    west = _member("w", "https://d.example/1", published="2026-01-01T08:00:00Z")
    assert choose_origin([west, east]) == index_base.OriginChoice("e", "earliest-published")
    with pytest.raises(ValueError, match="at least one"):
        choose_origin([])


# --- window and persistence -----------------------------------------------------------------

def test_window_evicts_idle_clusters_and_a_late_copy_starts_a_new_document(
        tmp_path: Path) -> None:
    now = [NOW]
    store = LocalStore(tmp_path)
    idx = EmbeddedIndex(store, window_days=30, clock=lambda: now[0])
    day = 86400.0
    old = make_entry("old", " ".join(PARAS), fetched_at="2026-03-01T00:00:00Z")
    idx.assign(old)
    now[0] = old_time = index_origin.parse_time("2026-03-01T00:00:00Z") or 0.0
    now[0] = old_time + 31 * day
    idx.flush()
    assert idx.retired == ["old"] and len(idx) == 0
    late = idx.assign(make_entry("late", " ".join(PARAS) + " Extra line.",
                                 fetched_at="2026-04-01T00:00:00Z"))
    assert late.rule == "new" and late.doc_id == "late"
    # Activity of any member keeps a cluster: a copy seen recently keeps the origin too.
    idx.assign(make_entry("copy", " ".join(PARAS), fetched_at="2026-04-01T00:00:00Z"))
    now[0] = old_time + 45 * day
    idx.flush()
    reopened = EmbeddedIndex(store, window_days=30, clock=lambda: now[0])
    assert reopened.clusters() == {"copy": ("copy", "late")} or \
        reopened.clusters() == {"late": ("copy", "late")}


def test_persisted_index_is_compact_binary_and_refuses_foreign_writers(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    idx = EmbeddedIndex(store, window_days=None)
    for p in CORPUS:
        idx.assign(entry(p))
    idx.flush()
    blob = store.get(INDEX_KEY).data
    assert blob[:2] == b"PK"  # an .npz archive of raw arrays, not JSON
    per_page = len(blob) / len(CORPUS)
    assert per_page < 1024, per_page
    with _npz(blob) as z:
        assert z["sig"].dtype == np.uint16 and z["sig"].shape == (len(CORPUS), index_base.NUM_PERM)
    again = EmbeddedIndex(store, window_days=None)
    assert again.clusters() == idx.clusters()
    # Another process wrote in between: flushing would lose its pages, so it refuses.
    again.assign(make_entry("zzz", " ".join(PARAS)))
    again.flush()
    idx.assign(make_entry("yyy", " ".join(PARAS)))
    with pytest.raises(StoreError, match="Redis"):
        idx.flush()


def _npz(blob: bytes) -> Any:
    import io

    return np.load(io.BytesIO(blob), allow_pickle=False)


def test_index_does_not_scan_every_page_per_assign(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    idx = index(tmp_path)
    for p in CORPUS:
        idx.assign(entry(p))
    backend = idx._backend
    loaded: list[int] = []
    real = type(backend).pages

    def counting(self: Any, keys: Any) -> Any:
        found = real(self, keys)
        loaded.append(len(found))
        return found

    monkeypatch.setattr(type(backend), "pages", counting)
    idx.assign(make_entry("fresh", " ".join(PARAS)))
    assert sum(loaded) < 10  # candidates and the cluster only, not the 205 pages


def test_signatures_are_stable_and_match_the_fingerprint_normalisation() -> None:
    a, _ = signatures(["Hello, World! The ferry strike is over today at last."])
    b, _ = signatures(["hello world the FERRY strike is over today at last"])
    c, _ = signatures(["Héllo wörld the ferry strike is over today at last"])
    assert (a == b).all() and not (a == c).all()
    assert a.dtype == np.uint16 and a.shape == (1, index_base.NUM_PERM)
    # Pinned: a persisted index is only valid while signatures do not change.
    assert a[0, :4].tolist() == PINNED_PREFIX


PINNED_PREFIX = [47841, 10398, 19073, 25859]


def test_open_index_returns_the_embedded_index_without_redis(tmp_path: Path) -> None:
    idx = open_index(LocalStore(tmp_path), redis_url=None, window_days=7)
    assert isinstance(idx, EmbeddedIndex) and idx.window_days == 7


# --- the batch path -------------------------------------------------------------------------

def _assignments_equal(a: index_base.Assignment, b: index_base.Assignment) -> None:
    assert a == b, (a, b)


def _sequential_and_batched(pages: list[PageEntry], batch: int,
                            tmp: Path) -> tuple[EmbeddedIndex, EmbeddedIndex]:
    one, many = index(tmp / "one"), index(tmp / "many")
    expected = [one.assign(p) for p in pages]
    got: list[index_base.Assignment] = []
    for lo in range(0, len(pages), batch):
        got.extend(many.assign_many(pages[lo: lo + batch]))
    assert len(got) == len(expected)
    for a, b in zip(expected, got, strict=True):
        _assignments_equal(a, b)
    assert many.clusters() == one.clusters()
    assert len(many) == len(one)
    return one, many


@pytest.mark.parametrize("batch", [1, 7, 64, 1000])
def test_assign_many_gives_what_sequential_assign_gives(tmp_path: Path, batch: int) -> None:
    pages = [entry(p) for p in CORPUS]
    # Re-sent pages (unchanged), new text at known URLs, a key twice in one batch, empty
    # and tiny texts, a page bridging two documents.
    extra = [pages[3], pages[10],
             PageEntry(**{**_fields(pages[5]), "text": " ".join(PARAS),
                          "text_sha256": text_sha256(" ".join(PARAS))}),
             make_entry("e1", ""), make_entry("e2", ""), make_entry("t1", "Short note."),
             make_entry("t2", "Short note."), make_entry("aaa", " ".join(PARAS[:4])),
             make_entry("bbb", " ".join(PARAS[4:])), make_entry("ccc", " ".join(PARAS)),
             make_entry("aaa", " ".join(PARAS[:4]) + " Late correction.")]
    _sequential_and_batched(pages + extra + pages[::-1][:20], batch, tmp_path)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(range(len(SUBSET))), batch=st.integers(min_value=1, max_value=40),
       repeats=st.lists(st.integers(min_value=0, max_value=len(SUBSET) - 1), max_size=6))
def test_assign_many_matches_sequential_in_any_order(order: list[int], batch: int,
                                                     repeats: list[int]) -> None:
    pages = [entry(SUBSET[i]) for i in order] + [entry(SUBSET[i]) for i in repeats]
    with tempfile.TemporaryDirectory() as tmp:
        _, many = _sequential_and_batched(pages, batch, Path(tmp))
        assert many.clusters() == SUBSET_CLUSTERS


def test_assign_many_at_scale_matches_sequential_and_survives_a_reload(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    vocab = [f"w{i}" for i in range(3000)]
    texts: list[str] = []
    for i in range(1500):
        if texts and rng.random() < 0.1:
            base = texts[int(rng.integers(len(texts)))].split()
            texts.append(" ".join(base[: max(5, len(base) - 15)]) + f" note {i}")
        else:
            texts.append(" ".join(rng.choice(vocab, size=int(rng.integers(30, 120)))))
    keys = [f"{i:024x}" for i in range(1500)]
    pages = [make_entry(k, t) for k, t in zip(keys, texts, strict=True)]
    pages += [make_entry(keys[i], texts[(i + 7) % 1500]) for i in range(0, 1500, 97)]
    one, many = _sequential_and_batched(pages, 500, tmp_path)
    many.flush()
    again = EmbeddedIndex(LocalStore(tmp_path / "many"), window_days=None, clock=lambda: NOW)
    assert again.clusters() == one.clusters()
    assert again.members(keys[0]) == one.members(keys[0])
    late = make_entry("f" * 24, texts[3])
    _assignments_equal(one.assign(late), again.assign_many([late])[0])
    assert again.remove(keys[3]) == one.remove(keys[3])


def test_a_version_2_index_is_read_and_rewritten_as_the_current_version(tmp_path: Path) -> None:
    import io

    store = LocalStore(tmp_path)
    idx = EmbeddedIndex(store, window_days=None, clock=lambda: NOW)
    for p in CORPUS[:30]:
        idx.assign(entry(p))
    idx.assign(make_entry("odd-key", " ".join(PARAS)))
    idx.flush()
    with _npz(store.get(INDEX_KEY).data) as z:
        header = json.loads(bytes(z["header"]).decode())
        arrays = {k: z[k] for k in z.files}
    assert header["version"] == index_base.DEDUP_VERSION == "3"
    # The version 2 layout: url keys as a bytes array, no packed keys.
    keys = [(int(h).to_bytes(8, "little") + int(lo).to_bytes(4, "little")).hex()
            for h, lo in zip(arrays.pop("key_hi"), arrays.pop("key_lo"), strict=True)]
    for i, k in header.pop("odd_keys").items():
        keys[int(i)] = k
    header["version"] = "2"
    arrays["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    arrays["keys"] = np.array([k.encode() for k in keys], dtype=bytes)
    out = io.BytesIO()
    np.savez(out, **arrays)
    v2 = LocalStore(tmp_path / "v2")
    v2.put(INDEX_KEY, out.getvalue())
    loaded = EmbeddedIndex(v2, window_days=None, clock=lambda: NOW)
    assert loaded.clusters() == idx.clusters()
    assert loaded.assign(make_entry("odd-key", " ".join(PARAS))).rule == "unchanged"
    # Another version (or other parameters) is refused, naming the fix.
    header["version"] = "1"
    arrays["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    out = io.BytesIO()
    np.savez(out, **arrays)
    v1 = LocalStore(tmp_path / "v1")
    v1.put(INDEX_KEY, out.getvalue())
    with pytest.raises(StoreError, match="newsrake reclean"):
        EmbeddedIndex(v1, window_days=None)


def test_small_band_table_limits_exercise_spills_and_main_merges(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tiny thresholds: one-page inserts spill to runs, runs merge into the main level
    # (with its directory) many times; results must not change.
    monkeypatch.setattr(index_tables, "_RUNS_MIN", 300)
    monkeypatch.setattr(index_tables, "_DELTA_MAX", 200)
    monkeypatch.setattr(index_embedded_backend, "_DELTA_MAX", 200)  # read there too
    pages = [entry(p) for p in CORPUS]
    extra = [make_entry(f"{i:024x}", " ".join(PARAS[i % 8:]) + f" item {i}") for i in range(60)]
    one, many = _sequential_and_batched(pages + extra + pages[:30], 13, tmp_path)
    assert len(many._backend.bands.main.values) > 0
    assert many.remove(url_key(CORPUS[0]["url"])) == one.remove(url_key(CORPUS[0]["url"]))


# --- the per-page path: one-text signatures, precomputed signatures, few-hash queries ------

@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from(["a", "b", " ", "cD", "_9", ".", "\n", "é", "—",
                                       "Straße", "ﬁ", "  "]), max_size=60).map("".join))
def test_one_text_signature_is_the_batched_signature_bit_for_bit(text: str) -> None:
    from crawler.index.signature import signature_one

    sigs, counts = signatures([text])
    sig, shingles = signature_one(text)
    assert sig.dtype == np.uint16 and sig.tobytes() == sigs[0].tobytes()
    assert shingles == int(counts[0])


def test_one_text_signature_matches_on_the_corpus_and_short_texts() -> None:
    from crawler.index.signature import signature_one

    texts = [p["text"] for p in CORPUS] + ["", "one", "two words", "a b c d", "a b c d e",
                                            " ".join(PARAS)]
    sigs, counts = signatures(texts)
    for i, t in enumerate(texts):
        sig, shingles = signature_one(t)
        assert sig.tobytes() == sigs[i].tobytes(), t[:40]
        assert shingles == int(counts[i])


def test_assign_with_a_precomputed_signature_gives_what_assign_computes(tmp_path: Path) -> None:
    import pickle

    from crawler.index.signature import band_hashes32, band_values, signature_of

    def signature_band_hashes(sig: np.ndarray[Any, Any]) -> list[int]:
        return [int(h) for h in band_hashes32(band_values(sig[None, :]))[0]]

    pages = [entry(p) for p in CORPUS] + [entry(p) for p in CORPUS[:15]]
    computed, passed = index(tmp_path / "a"), index(tmp_path / "b")
    for p in pages:
        # Through pickle, as a cleaning worker would return it.
        sig = pickle.loads(pickle.dumps(signature_of(p.text, p.text_sha256)))
        assert list(sig.band_hashes) == signature_band_hashes(sig.sig)
        _assignments_equal(computed.assign(p), passed.assign(p, sig))
    assert computed.clusters() == passed.clusters()
    computed.flush()
    passed.flush()
    assert LocalStore(tmp_path / "a").get(INDEX_KEY).data == \
        LocalStore(tmp_path / "b").get(INDEX_KEY).data


def test_a_signature_of_another_text_is_refused(tmp_path: Path) -> None:
    from crawler.index.signature import signature_of

    idx = index(tmp_path)
    page = make_entry("k1", " ".join(PARAS))
    with pytest.raises(ValueError, match="signature of text"):
        idx.assign(page, signature_of(" ".join(PARAS[:3]), text_sha256(" ".join(PARAS[:3]))))
    assert len(idx) == 0


def test_few_hash_query_finds_what_the_batch_query_finds() -> None:
    table = index_tables._BandTable()
    rng = np.random.default_rng(3)
    # Extreme hashes included: 0xFFFFFFFF is where (h + 1) << 32 would wrap.
    hashes = rng.integers(0, 2**32, size=(300, 4), dtype=np.uint64).astype(np.uint32)
    hashes[0, 0] = 0xFFFFFFFF
    hashes[1, 0] = 0
    hashes[2, 1] = hashes[3, 1] = 0xFFFFFFFF
    table.add_bulk(np.arange(200, dtype=np.int64), hashes[:200])
    table.add_bulk(np.arange(200, 250, dtype=np.int64), hashes[200:250])
    for s in range(250, 300):
        table.add(s, hashes[s].tolist())
    assert table.runs or table.main.values.size
    probes = [hashes[i].tolist() for i in (0, 1, 2, 3, 120, 220, 260, 299)]
    probes.append([0xFFFFFFFF, 0, 12345, int(hashes[5, 2])])
    for probe in probes:
        _, slots = table.query(np.array(probe, dtype=np.uint32))
        assert table.query_few(probe) == set(slots.tolist())
        assert table.query_few(probe)  # each probe holds a stored hash: not vacuous


def _directory_by_counting(values: np.ndarray[Any, Any]) -> list[int]:
    n = len(values)
    bits = max(1, min(28, (n // 2).bit_length() - 1))
    counts = np.bincount((values >> np.uint64(64 - bits)).astype(np.intp), minlength=1 << bits)
    return [0, *np.cumsum(counts).tolist()]


@pytest.mark.parametrize("n", [0, 1, 2, 7, 1000, 5000])
def test_level_directory_built_in_chunks_equals_one_count(
        n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_tables, "_DIRECTORY_CHUNK", 64)  # many chunks
    rng = np.random.default_rng(n)
    values = rng.integers(0, 2**63, size=n, dtype=np.uint64) * np.uint64(2)
    values[: n // 3] = values[0] if n else 0  # one cell holding many chunks
    values.sort()
    level = index_tables._Level.of(values)
    assert level.directory.tolist() == _directory_by_counting(values)


def test_main_merge_in_place_equals_a_sorted_concatenation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_tables, "_RUNS_MIN", 500)
    table = index_tables._BandTable()
    rng = np.random.default_rng(11)
    added: list[np.ndarray[Any, Any]] = []
    merges = 0
    main_ids: set[int] = set()  # one array grown in place (the first merge makes it)
    for i in range(40):
        slots = np.arange(i * 50, i * 50 + 50, dtype=np.int64)
        hashes = rng.integers(0, 2**32, size=(50, 4), dtype=np.uint64).astype(np.uint32)
        added.append((hashes.astype(np.uint64) << np.uint64(32)) | slots.astype(np.uint64)[:, None])
        before = len(table.main.values)
        table.add_bulk(slots, hashes)
        if len(table.main.values) != before:
            merges += 1
            main_ids.add(id(table.main.values))
        stored = np.sort(np.concatenate([table.main.values, *[r.values for r in table.runs]]))
        assert stored.tolist() == np.sort(np.concatenate(added).reshape(-1)).tolist()
        assert (np.diff(table.main.values.astype(np.float64)) >= 0).all()
        assert table.main.directory.tolist() == _directory_by_counting(table.main.values) \
            or not len(table.main.values)
    assert merges >= 3 and len(main_ids) == 1  # grown in place, not copied
