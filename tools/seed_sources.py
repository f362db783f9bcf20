"""Seed ``data/sources.csv`` and ``data/sources-index.md`` from the research dossier.

Run from anywhere: ``python tools/seed_sources.py``. The script reads the read-only
research at ``../shared`` (beside the checkout) and rewrites the two files. It is
deterministic: the same research gives the same bytes, so re-running it is a check.

Where the registry comes from, in order:

1. The four order texts in ``shared/order/`` take the fixed ids S136 (EO 13768 at
   82 FR 8799), S137 (EO 13993), S138 (EO 14159) and S139 (the plain-language
   adaptation); the course code cites them.
2. ``shared/research/data/sources.csv`` -- every row keeps its ``source_id``
   (``accessed_note`` becomes ``note``) except four: its S141/S142 are EO 13993/
   EO 14159 and merge into S137/S138, and its S136/S137 move to the first ids
   after the register. See ``RENUMBERED`` in sources-index.md.
3. The claim tables of ``shared/research/facts-order.md``.
4. The legal authorities of ``shared/research/statutes.md`` (Parts 2-4). That file
   is prose, so its rows are written out in ``STATUTE_ROWS`` below; every address
   or site name in that table is checked to occur in statutes.md.
5. The reference keys at the end of ``shared/research/pedagogy.md``. The file gives
   addresses but no page titles, so ``PEDAGOGY_TITLES`` holds a short descriptive
   title per key, taken from the sentence where the key is used.

New ids continue after the moved sources. A URL (or a copy of the same
document listed in ``read_via``) that is already registered reuses its id.
Nothing is fetched from the network.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RESEARCH = SHARED / "research"
ORDER = SHARED / "order"
OUT_CSV = ROOT / "data" / "sources.csv"
OUT_INDEX = ROOT / "data" / "sources-index.md"
HEADER = ["id", "title", "publisher", "date", "url", "kind", "read_via", "note"]

# Rows of the research register that are government documents, statutes, court
# opinions or agency data/releases (even when read through a copy). Every other
# research row is news, advocacy, law-firm, tracker or encyclopedia material.
PRIMARY_EXISTING = {
    "S01", "S09", "S10", "S11", "S12", "S13", "S14", "S15", "S18", "S23", "S24", "S25",
    "S41", "S42", "S43", "S44", "S48", "S51", "S64", "S69", "S70", "S71", "S72", "S80",
    "S83", "S88", "S99", "S112", "S114", "S115", "S117", "S119", "S130", "S134", "S140",
    "S141", "S142", "S145", "S146", "S148", "S152", "S153", "S154",
}


@dataclass
class Source:
    id: str
    title: str
    publisher: str
    date: str
    url: str
    kind: str
    read_via: list[str] = field(default_factory=list)
    note: str = ""
    cited_in: list[str] = field(default_factory=list)  # facts-order claim ids, for notes

    def row(self) -> list[str]:
        note = self.note
        if self.cited_in:
            note = (note + "; " if note else "") + "facts-order.md: " + ", ".join(self.cited_in)
        return [self.id, self.title, self.publisher, self.date, self.url, self.kind,
                " ; ".join(self.read_via), note]


def norm(url: str) -> str:
    """Reduce an address to a key for spotting the same page written two ways.

    >>> norm("https://www.Example.org/a/?scrollToComments=true") == norm("http://example.org/a")
    True
    """
    u = url.strip().rstrip(".")
    u = re.sub(r"^https?://", "", u)
    host, _, rest = u.partition("/")
    host = host.lower().removeprefix("www.")
    rest = re.sub(r"\?scrollToComments=true$", "", rest)
    return host + "/" + rest.rstrip("/")


def host_of(url: str) -> str:
    return re.sub(r"^https?://", "", url).split("/")[0].lower().removeprefix("www.")


class Registry:
    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self.by_url: dict[str, Source] = {}
        self.next_num = 0
        self.fixed: set[str] = set()  # ids whose note is final (research rows, order texts)

    def add(self, src: Source) -> Source:
        assert src.id not in self.sources, src.id
        assert src.title and src.url, src.id
        self.sources[src.id] = src
        for u in [src.url, *src.read_via]:
            if "://" in u:
                self.by_url.setdefault(norm(u), src)
        return src

    def find(self, url: str) -> Source | None:
        return self.by_url.get(norm(url))

    def new_id(self) -> str:
        self.next_num += 1
        return f"S{self.next_num:02d}"

    def alias(self, url: str, src: Source) -> None:
        """Record another address of the same document (not written to the CSV)."""
        self.by_url.setdefault(norm(url), src)

    def get_or_create(self, url: str, **fields: str) -> tuple[Source, bool]:
        found = self.find(url)
        if found:
            return found, False
        return self.add(Source(id=self.new_id(), url=url, **fields)), True


# --------------------------------------------------------------------------- publishers
# Site names for hosts whose publisher the research names only by the host.
PUBLISHERS = {
    "law.cornell.edu": "Cornell Law School, Legal Information Institute",
    "supreme.justia.com": "Justia (U.S. Supreme Court opinions)",
    "law.justia.com": "Justia",
    "regulations.justia.com": "Federal Register (via Justia)",
    "constitution.congress.gov": "Library of Congress / Congress.gov, Constitution Annotated",
    "ecfr.gov": "eCFR (Office of the Federal Register / GPO)",
    "govinfo.gov": "U.S. Government Publishing Office (govinfo)",
    "gpo.gov": "U.S. Government Publishing Office",
    "edocket.access.gpo.gov": "U.S. Government Publishing Office (GPO Access)",
    "supremecourt.gov": "Supreme Court of the United States",
    "dhs.gov": "U.S. Department of Homeland Security",
    "ice.gov": "U.S. Immigration and Customs Enforcement (ICE)",
    "gao.gov": "U.S. Government Accountability Office",
    "assets.documentcloud.org": "DocumentCloud (copy)",
    "docslib.org": "docslib.org (mirror)",
    "pdf-archive.com": "pdf-archive.com (copy)",
    "paperzz.com": "paperzz.com (mirror)",
    "vdocuments.mx": "vdocuments.mx (copy)",
    "vdocument.in": "vdocument.in (copy)",
    "documents.pub": "documents.pub (copy)",
    "studylib.net": "studylib.net (copy)",
    "casetext.com": "Casetext",
    "case-law.vlex.com": "vLex",
    "scribd.com": "Scribd (copy)",
    "ro.scribd.com": "Scribd (copy)",
    "de.scribd.com": "Scribd (copy)",
    "ja.scribd.com": "Scribd (copy)",
    "tr.scribd.com": "Scribd (copy)",
    "ru.scribd.com": "Scribd (copy)",
    "pt.scribd.com": "Scribd (copy)",
    "immpolicytracking.org": "Immigration Policy Tracking Project",
    "cis.org": "Center for Immigration Studies",
    "aila.org": "American Immigration Lawyers Association",
    "washingtontimes.com": "The Washington Times",
    "twt-assets.washtimes.com": "The Washington Times",
    "everycrsreport.com": "Congressional Research Service (via EveryCRSReport.com)",
    "trac.syr.edu": "TRAC, Syracuse University",
    "tracreports.org": "TRAC, Syracuse University",
    "epi.org": "Economic Policy Institute",
    "myattorneyusa.com": "MyAttorneyUSA",
    "niwaplibrary.wcl.american.edu": "NIWAP Library, American University Washington College of Law",
    "numbersusa.com": "NumbersUSA",
    "numbersusa.org": "NumbersUSA",
    "news.bloomberglaw.com": "Bloomberg Law",
    "news.bgov.com": "Bloomberg Government",
    "localnewsmatters.org": "Local News Matters (Bay City News)",
    "huggingface.co": "Hugging Face dataset (copy)",
    "en.wikipedia.org": "Wikipedia",
    "wikiwand.com": "Wikiwand (Wikipedia mirror)",
    "kiwix.prodb.cz": "Wikipedia (kiwix mirror)",
    "en-wikipedia--on--ipfs-org.ipns.dweb.link": "Wikipedia (IPFS mirror)",
    "ballotpedia.org": "Ballotpedia",
    "scotusblog.com": "SCOTUSblog",
    "amylhowe.com": "Amy Howe (Howe on the Court)",
    "jurist.org": "JURIST",
    "politico.com": "Politico",
    "vox.com": "Vox",
    "thehill.com": "The Hill",
    "upi.com": "UPI",
    "foxnews.com": "Fox News",
    "reason.com": "Reason (Volokh Conspiracy)",
    "nlc.org": "National League of Cities",
    "jdsupra.com": "JD Supra",
    "govexec.com": "Government Executive",
    "fairus.org": "Federation for American Immigration Reform (FAIR)",
    "millermayer.com": "Miller Mayer LLP",
    "ilrc.org": "Immigrant Legal Resource Center",
    "cato.org": "Cato Institute",
    "cdt.org": "Center for Democracy & Technology",
    "iapp.org": "IAPP",
    "psmag.com": "Pacific Standard",
    "police1.com": "Police1",
    "lexisnexis.com": "LexisNexis Legal Newsroom (repost)",
    "einpresswire.com": "EIN Presswire (repost)",
    "acluutah.org": "ACLU of Utah",
    "cardozoersj.com": "Cardozo Equal Rights & Social Justice blog",
    "latinousa.org": "Latino USA",
    "kut.org": "KUT (Austin)",
    "austinchronicle.com": "The Austin Chronicle",
    "tcsheriff.org": "Travis County Sheriff's Office",
    "breitbart.com": "Breitbart",
    "washingtonexaminer.com": "Washington Examiner",
    "mrctv.org": "MRCTV",
    "ktvu.com": "KTVU (Bay City News)",
    "islandpacket.com": "The Island Packet (AP)",
    "americanthinker.com": "American Thinker",
    "infowars.com": "Infowars (repost)",
    "quimbee.com": "Quimbee",
    "biahelp.com": "biahelp.com (copy)",
    "weblink.sanleandro.org": "City of San Leandro records (copy)",
    "theiacpblog.org": "IACP blog",
    "khaosodenglish.com": "Khaosod English (AP)",
    "graphic.com.gh": "Graphic Online (Ghana)",
    "sputniknews.com": "Sputnik",
    "meetings-conventions.com": "Meetings & Conventions",
    "diplopundit.net": "Diplopundit",
    "nafsa.org": "NAFSA: Association of International Educators",
}


def publisher_for(url: str) -> str:
    host = host_of(url)
    return PUBLISHERS.get(host, host)


# Facts-order sources that are government documents, court opinions or agency
# releases (even when read through a copy). Matched on the "source title" text.
PRIMARY_TITLE = re.compile(
    r"Federal Register|DHS memo|DHS release|DHS press release|DHS publication|DHS Privacy|"
    r"DHS keyword|ICE release|ICE Weekly|ICE 287\(g\) page|ICE PEP|DOJ release|DOJ press|"
    r"GAO-|DHS Inspector|OIG|CRS|Supreme Court syllabus|SG memo|Solicitor General|"
    r"opinion|Slip opinion|Westlaw synopsis|docket entry|DocumentCloud|EO text|"
    r"State Dept statement|Bill text|Report text|Casetext|vLex|Justia",
    re.I,
)
SECONDARY_HOSTS = {"quimbee.com", "scotusblog.com", "amylhowe.com", "immigrationcourtside.com"}


def kind_for(title: str, url: str) -> str:
    host = host_of(url)
    if host in SECONDARY_HOSTS:
        return "secondary"
    if host.endswith(".gov") or PRIMARY_TITLE.search(title):
        return "primary"
    return "secondary"


# --------------------------------------------------------------------------- step 1
# The course fixes S136-S139 for the order texts (course.order cites them). In the
# research register S136 and S137 are two secondary sources on the Alien
# Incarceration Report, and S141/S142 are EO 13993/EO 14159 themselves. So those
# two sources move to the first free ids after the register, and S141/S142 are
# merged into S137/S138. ``RENUMBERED`` (research id -> registry id) is printed in
# sources-index.md: apply it to any research dataset copied into data/.
ORDER_IDS = {"eo13768": "S136", "eo13993": "S137", "eo14159": "S138", "plain": "S139"}
MERGED = {"S141": "S137", "S142": "S138"}
MOVED = ("S136", "S137")


def read_research_register() -> list[dict[str, str]]:
    with open(RESEARCH / "data" / "sources.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def research_source(r: dict[str, str], sid: str) -> Source:
    kind = "primary" if r["source_id"] in PRIMARY_EXISTING else "secondary"
    return Source(id=sid, title=r["title"], publisher=r["publisher"], date=r["date"],
                  url=r["url"], kind=kind, note=r["accessed_note"])


def load_research_register(reg: Registry, rows: list[dict[str, str]]) -> dict[str, str]:
    """Add the research rows that keep their ids, then the moved ones; return the renumbering."""
    renumbered = dict(MERGED)
    for r in rows:
        sid = r["source_id"]
        if sid not in MOVED and sid not in MERGED:
            reg.add(research_source(r, sid))
            reg.fixed.add(sid)
    reg.next_num = max(int(r["source_id"][1:]) for r in rows)
    for r in rows:
        if r["source_id"] in MOVED:
            src = research_source(r, reg.new_id())
            src.note += (f" [Research register id {r['source_id']}; renumbered because "
                         f"{r['source_id']} is an order text in the course registry.]")
            reg.add(src)
            reg.fixed.add(src.id)
            renumbered[r["source_id"]] = src.id
    return renumbered


# --------------------------------------------------------------------------- step 2
def github_blob(text: str, number: str) -> str:
    """Build the GitHub address of an FR-XML conversion named in an order file."""
    m = re.search(r"GitHub `austinsonger/executive-orders`, `([^`]*" + number + r"\.md)` "
                  r"\(commit `?([0-9a-f]{40})", text)
    assert m, number
    return f"https://github.com/austinsonger/executive-orders/blob/{m.group(2)}/{m.group(1)}"


def urls_in(text: str) -> list[str]:
    return [u.rstrip(".,;)") for u in re.findall(r"https?://[^\s)\]>`\"]+", text)]


def add_orders(reg: Registry, research: list[dict[str, str]]) -> dict[str, str]:
    ids = dict(ORDER_IDS)
    eo = (ORDER / "eo13768-official.md").read_text(encoding="utf-8")
    canonical = "https://www.govinfo.gov/content/pkg/FR-2017-01-30/pdf/2017-02102.pdf"
    assert canonical in eo
    vt = eo[eo.index("## Verification table"):]
    flip = "http://online.flipbuilder.com/mcjt/tsle/files/basic-html/"
    pa = "https://www.pdf-archive.com/2017/01/25/337557265-enforce-laws/preview/page/"
    read_via = [github_blob(eo, "13768")]
    read_via += [flip + f"page{n}.html" for n in (11, 12, 13, 14)]
    read_via += [u for u in urls_in(vt) if "sanleandro" in u or "thefederalregister.org" in u]
    statutes = (RESEARCH / "statutes.md").read_text(encoding="utf-8")
    fr_html = "https://www.govinfo.gov/content/pkg/FR-2017-01-30/html/2017-02102.htm"
    assert fr_html in statutes
    read_via.append(fr_html)
    read_via += [pa + f"{n}/" for n in (2, 3, 4)]
    wh_other = vt[vt.index("**WH-other**"):vt.index("**Quotes**")]
    read_via += urls_in(wh_other)
    dcpd = "https://www.govinfo.gov/content/pkg/DCPD-201700072/html/DCPD-201700072.htm"
    assert dcpd in statutes
    s = reg.add(Source(
        id=ORDER_IDS["eo13768"],
        title="Executive Order 13768: Enhancing Public Safety in the Interior of the United States, "
              "82 FR 8799-8803 (FR Doc. 2017-02102)",
        publisher="Federal Register (Office of the Federal Register / GPO)",
        date="2017-01-30", url=canonical, kind="primary", read_via=read_via,
        note="Official text, rebuilt in shared/order/eo13768-official.md (signed 2017-01-25). "
             "The canonical PDF itself was not read; text read via the FR-XML conversion "
             "(source: federalregister.gov full_text XML 2017/01/30/2017-02102.xml), FR page "
             "copies (flipbuilder, San Leandro; first ~2,000 characters each), GPO text "
             "rendering and White House copies. Sec. 2(a)-(d), 10(b)-(c), 11, 18(c) rest on "
             "the FR-XML copy only: check against the FR PDF before print. Also printed as "
             "DCPD-201700072 (" + dcpd + ").",
    ))
    reg.alias(dcpd, s)

    plain = (ORDER / "eo13768-plain-language.md").read_text(encoding="utf-8")
    wh_link = re.search(r"\((https://www\.whitehouse\.gov/[^ )]+)", plain).group(1)
    reg.add(Source(
        id=ORDER_IDS["plain"],
        title="Executive Order 13768 - a plain-language adaptation (not the official text)",
        publisher="", date="", url=wh_link, kind="secondary",
        note="NOT the official text: an adaptation that circulates with this whitehouse.gov link "
             "as if it were the order (the link is the one the adaptation carries; no address of "
             "the adaptation itself is known). Replaces 'shall' with 'must', drops 'critically' "
             "and 'willfully', paraphrases Sec. 18(b)-(c). Use only as a labelled reading aid "
             "and close-reading exercise. Copy: shared/order/eo13768-plain-language.md.",
    ))

    by_id = {r["source_id"]: r for r in research}
    for number, old, fname, doc in (("13993", "S141", "eo13993-official.md", "2021/01/25/2021-01768"),
                                    ("14159", "S142", "eo14159-excerpts.md", "2025/01/29/2025-02006")):
        text = (ORDER / fname).read_text(encoding="utf-8")
        src = research_source(by_id[old], MERGED[old])
        justia = f"https://regulations.justia.com/regulations/fedreg/{doc}.html"
        fr_xml = f"https://www.federalregister.gov/documents/full_text/xml/{doc}.xml"
        assert src.url == justia and justia in text and fr_xml in text
        wh = re.search(r"GitHub `brian14708/wh-briefings`, `([^`]+)` \(commit ([0-9a-f]{40})", text)
        via = [justia, github_blob(text, number),
               f"https://github.com/brian14708/wh-briefings/blob/{wh.group(2)}/{wh.group(1)}"]
        via += [u for u in urls_in(text.split("---")[0]) if "gaimmigrationattorneys" in u]
        src.url, src.read_via, src.publisher = fr_xml, via, "Federal Register"
        src.note = (f"Research register id {old} (merged here). " + src.note + " Canonical "
                    "address is the Federal Register XML full text named in "
                    f"shared/order/{fname}; the research register's address (Justia, only the "
                    "opening readable) is now the first read_via copy; full text read via the "
                    "FR-XML conversion and the White House text (GitHub copies).")
        reg.add(src)
        reg.alias(justia, src)
    ids["eo14287"] = "S145"
    reg.fixed.update(ids.values())
    return ids


# --------------------------------------------------------------------------- step 3
# Facts-order addresses that are plainly copies of a document already registered
# under another address (value: the registered address).
SAME_DOCUMENT = {
    "https://www.pdf-archive.com/2017/02/22/17-0220-s1-enforce/":
        "https://docslib.org/doc/2211055/enforcement-of-the-immigration-laws-to-serve-the-national-interest",
    "https://ro.scribd.com/document/385222047/9th-circuit-ruling-on-Trump-sanctuary-city-EO":
        "http://casetext.com/case/city-of-sf-v-trump",
    "https://huggingface.co/datasets/shipWr3ck/gov_report_test_cleaned/viewer/default/validation?p=8":
        "https://www.gao.gov/products/GAO-20-36",
}
# Titles for cells that name fewer (or more) sources than they give addresses.
FACTS_TITLE_BY_URL = {
    "https://sachtimes.com/en/world/us-imposes-visa-sanctions-on-pakistan/":
        "Sach Times (quoting the FR preamble and State Dept.)",
    "https://sputniknews.com/us/201904271074511220-us-pakistan-sanctions-visa-deportees/":
        "Sputnik (quoting the FR preamble and State Dept.)",
    "https://thehill.com/latino/330722-kelly-rolls-out-office-for-victims-of-immigrant-criminals/":
        "The Hill",
    "https://myattorneyusa.com/immigration-news/dhs-announces-creation-of-voice-office":
        "myattorneyusa",
    "https://www.its.network/departments-justice-and-homeland-security-release-data-incarcerated-aliens/":
        "DOJ release (repost on its.network)",
    "http://www.anycrime.com/news/https-www-justice-gov-opa-pr-departments-justice-and-homeland-security-release-data-incarcerated-aliens/":
        "DOJ release (repost on anycrime.com)",
    "https://www.ilrc.org/immigration-enforcement/sanctuary-information/protecting-american-people-against-invasion":
        "ILRC summary",
    "https://usregs.ai/regulations/2025-02006-protecting-the-american-people-against-invasion":
        "usregs.ai summary",
    # First cited as "Report text (quoted by Cato)"; the page is Cato's blog.
    "https://www.cato.org/blog/tags/doj": "Cato Institute blog (quoting the report text)",
}
# Many facts-order titles name only the outlet ("vLex", "DHS press release"). The
# subject after the colon is copied from the claim the source supports; a date is
# given only where the dossier states the document's own date. Keyed by a unique
# piece of the address.
FACTS_TOPIC = {
    "jurist.org/news/2017/02": ("Kelly memo on immigration enforcement measures", ""),
    "myattorneyusa.com/kelly-memorandum": ("DHS Q&A on the interior enforcement memo", ""),
    "numbersusa.com/blog/new-kelly-memos": ("the two Kelly memos", ""),
    "14-1120-Memo-Prosecutorial-Discretion": ("Johnson memo, Policies for the Apprehension, Detention and Removal of Undocumented Immigrants", "2014-11-20"),
    "dhspoliciesforapprehension": ("Johnson memo of Nov. 20, 2014", ""),
    "gao.gov/products/GAO-20-36": ("", "2019-12-05"),
    "secretary-mayorkas-announces-new-immigration": ("Secretary Mayorkas announces new immigration enforcement priorities", "2021-09-30"),
    "aila.org/library/dhs-issues-updated-guidance": ("DHS issues updated guidance on enforcement (Mayorkas guidelines)", ""),
    "ballotpedia.org/United_States_v._Texas": ("United States v. Texas", ""),
    "ice-uses-civil-fines": ("ICE civil fines for failure to depart (2018 delegation)", ""),
    "lefticon.net": ("DHS announces rescission of civil penalties for failure to depart", ""),
    "dhs.gov/keywords/civil-penalty": ("civil penalty", ""),
    "gao.gov/products/gao-21-186": ("287(g) program oversight", "2021-01-27 (public 2021-02-26)"),
    "einpresswire.com/article/850372254": ("287(g) reaches more than 1,000 partnerships", "2025-09"),
    "engage-states-and-local-officials-to-participate-in-287g": ("EO 14159 Sec. 11 and 287(g) agreements", ""),
    "twt-assets.washtimes.com": ("ICE cooperation in 2025 (287(g) agreements)", ""),
    "qa-us-immigration-and-customers-enforcement-declined": ("", "2017-03-20"),
    "latinousa.org": ("ICE releases first list (Declined Detainer Outcome Report)", ""),
    "washingtonexaminer.com": ("AG Sessions memo of May 22, 2017 on sanctuary jurisdictions", ""),
    "ag-sessions-issues-memorandum": ("AG Sessions memorandum implementing the sanctuary-city funding ban", ""),
    "doj-issues-new-conditions-for-byrne-jag": ("DOJ conditions for Byrne JAG grants", ""),
    "ktvu.com": ("federal judge permanently blocks sanctuary cities order", ""),
    "politico.com/story/2017/04/25": ("judge blocks sanctuary cities order (Apr. 25, 2017)", ""),
    "vlex.com/vid/city-of-chi-v-892481942": ("City of Chicago v. Sessions, 888 F.3d 272 (7th Cir. 2018)", ""),
    "vdocument.in/city-of-chicago": ("City of Chicago v. Sessions, 888 F.3d 272 (7th Cir. 2018)", ""),
    "biahelp.com": ("City of Chicago v. Barr (7th Cir. 2020)", ""),
    "vlex.com/vid/city-of-chi-v-891795403": ("City of Chicago v. Barr (7th Cir. 2020)", ""),
    "quimbee.com": ("City of Chicago v. Barr", ""),
    "ca3/18-2648": ("City of Philadelphia v. Attorney General, 916 F.3d 276 (3d Cir. 2019)", ""),
    "vlex.com/vid/city-of-phila": ("City of Philadelphia v. Attorney General, 916 F.3d 276 (3d Cir. 2019)", ""),
    "ca2/19-267": ("New York v. U.S. Department of Justice, 951 F.3d 84 (2d Cir. 2020)", ""),
    "DocketPDF/20/20-796": ("Nos. 20-795/20-796", "2021-01-06"),
    "new-york-v-us-dept-of-justice-1": ("New York v. U.S. Dept. of Justice, rehearing en banc denied, 964 F.3d 150 (2d Cir. 2020)", ""),
    "scotusblog.com/case-files": ("Wilkinson v. City and County of San Francisco, No. 20-666", ""),
    "amylhowe.com": ("court dismisses sanctuary cities petitions", ""),
    "nlc.org/article/2018/06/07": ("federal court rules sanctuary cities statute is unconstitutional", ""),
    "reason.com/volokh/2018/06/07": ("City of Philadelphia v. Sessions (E.D. Pa. 2018)", ""),
    "ilndce/1:2017cv05720": ("City of Chicago v. Sessions (N.D. Ill.), 8 U.S.C. 1373 ruling", ""),
    "ifttt.itbehere.com": ("Murphy and sanctuary cities (City of Chicago v. Sessions, N.D. Ill.)", ""),
    "LSB10386": ("", "2020-03-10 (updated)"),
    "dhs-announces-implementation-visa-sanctions-ghana": ("DHS announces implementation of visa sanctions on Ghana", "2019-01-31"),
    "FR-2019-04-22/html/2019-08061": ("Refusal Procedures for Visas, 84 FR 16610", ""),
    "dos-and-dhs-to-use-maximum-sanctions": ("EO 14159 Sec. 13 and 243(d) sanctions", ""),
    "thehill.com/latino/330722": ("Kelly rolls out office for victims of immigrant criminals", ""),
    "dhs-announces-creation-of-voice-office": ("DHS announces creation of VOICE office", ""),
    "Voice-Quarterlyreport": ("VOICE Quarterly Report", "2018-06"),
    "psmag.com": ("a new ICE report on undocumented immigrant crime lacks hard statistics", ""),
    "theepochtimes.com": ("Biden administration shuts down VOICE office", ""),
    "upi.com/Top_News/US/2021/06/12": ("Biden administration ends VOICE", ""),
    "foxnews.com/politics/biden-voice": ("reaction to the closure of VOICE", ""),
    "eo-14159-15-directs-ice": ("EO 14159 Sec. 15 directs ICE to reinstate the VOICE office", ""),
    "secretary-noem-announces-relaunch-voice": ("Secretary Noem announces relaunch of VOICE office", "2025-04-10"),
    "BILLS-119hr47ih": ("H.R. 47, VOICE Restoration Act", "2025-01-03 (introduced)"),
    "dhs-privacy-policy-guidance-memorandum-2017-01": ("", "2017-04-27"),
    "cdt.org/blog/5-takeaways": ("5 takeaways from the new DHS privacy guidance", ""),
    "dhs-rescinds-application-of-privacy-act": ("DHS rescinds 2017 Privacy Act guidance (May 4, 2022)", ""),
    "numbersusa.com/news/doj-releases-new-report": ("DOJ releases new report on number of incarcerated aliens", ""),
    "epi.org/policywatch/eo-targeting-sanctuary": ("EO 14287 and the DHS sanctuary-jurisdiction list", ""),
    "nbc26.com": ("DOJ publishes list of sanctuary jurisdictions", ""),
    "dailyvoice.com": ("DOJ list of sanctuary jurisdictions (Baltimore County)", ""),
    "localnewsmatters.org/2026/01/22": ("SF lawsuit over sanctuary-jurisdiction funding can proceed", ""),
    "trump-cant-make-end-run": ("Trump can't make end run around sanctuary cities order, judge says", ""),
    "trump-squares-off-with-san-francisco": ("Ninth Circuit appeal of the 2025 injunction", ""),
    "news.bgov.com": ("dozens of new cities added to sanctuary city defunding challenge", ""),
}
# Facts-order sources whose title words would make them look primary.
FACTS_SECONDARY = {
    "http://www.truenorthreports.com/dhs-watchdog-casts-doubt-on-trumps-ability-to-hire-15000-immigration-agents",
    "https://www.cato.org/blog/tags/doj",
    "https://magnoliatribune.com/2025/01/20/president-trump-signs-flurry-of-executive-orders/",
}


def topic_for(url: str) -> tuple[str, str]:
    hits = [v for k, v in FACTS_TOPIC.items() if k in url]
    assert len(hits) <= 1, url
    return hits[0] if hits else ("", "")


MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May June July Aug Sept Oct Nov Dec".split(), start=1)}


def date_in_title(title: str) -> str:
    """A date the research writes into a source title, e.g. "Washington Times, Dec. 7, 2019"."""
    m = re.search(r"\b(Jan|Feb|Mar|Apr|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? (\d{1,2}), (\d{4})", title)
    return f"{m.group(3)}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}" if m else ""


@dataclass
class Claim:
    id: str
    section: str
    source_title: str
    urls: list[str]
    read_via: list[str]
    confidence: str


def parse_facts() -> list[Claim]:
    claims, section = [], ""
    for line in (RESEARCH / "facts-order.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") or line.startswith("### "):
            section = line.lstrip("# ").strip()
        if not line.startswith("| ") or line.startswith("| id ") or line.startswith("|---"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        assert len(cells) == 7, line
        cid, _, _, title, cell, _, conf = cells
        urls, via = [], []
        for part in cell.split(" ; "):
            m = re.match(r"(\S+) \(text seen at (\S+)\)$", part.strip())
            if m:
                urls.append(m.group(1))
                via.append(m.group(2))
            elif part.strip().startswith("http"):
                urls.append(part.strip())
        claims.append(Claim(cid, section, title, urls, via, conf))
    return claims


def add_facts(reg: Registry, claims: list[Claim]) -> dict[str, list[str]]:
    # First pass: register every address that is not a copy of another one, in
    # document order, so copies can then be attached to their document.
    for c in claims:
        titles = [t.strip() for t in c.source_title.split(";")]
        for i, url in enumerate(c.urls):
            if url in SAME_DOCUMENT:
                continue
            if url in FACTS_TITLE_BY_URL:
                title = FACTS_TITLE_BY_URL[url]
            elif len(titles) == len(c.urls):
                title = titles[i]
            else:
                assert len(c.urls) == 1, (c.id, titles, c.urls)
                title = titles[0]
            topic, date = topic_for(url)
            kind = "secondary" if url in FACTS_SECONDARY else kind_for(title, url)
            if topic:
                title = f"{title}: {topic}"
            src, created = reg.get_or_create(
                url, title=title, publisher=publisher_for(url),
                date=date or date_in_title(title), kind=kind, note="")
            for v in c.read_via if i == 0 else []:
                if v not in src.read_via:
                    src.read_via.append(v)
    mapping: dict[str, list[str]] = {}
    for c in claims:
        ids = []
        for url in c.urls:
            if url in SAME_DOCUMENT:
                src = reg.find(SAME_DOCUMENT[url])
                if url not in src.read_via:
                    src.read_via.append(url)
                    reg.alias(url, src)
            else:
                src = reg.find(url)
            if src.id not in reg.fixed and c.id not in src.cited_in:
                src.cited_in.append(c.id)
            ids.append(src.id)
        mapping[c.id] = ids
    return mapping


# --------------------------------------------------------------------------- step 4
# One row per legal authority in statutes.md Parts 2-4: (heading, title, url,
# read_via, note). Every address and site name here is asserted to occur in
# statutes.md (two full addresses of copies it names by site, instalawyer.io and
# law.onecle.com, come from pedagogy.md). Site names stand in read_via where the
# research names no page.
LII = "https://www.law.cornell.edu/uscode/text/"
SJ = "https://supreme.justia.com/cases/federal/us/"
STATUTE_ROWS = [
    ("A1", "U.S. Const. art. II, § 3 (Take Care Clause)", "https://constitution.congress.gov/constitution/article-2/",
     ["issuhub.com", "constitutionalconcepts.org"],
     "statutes.md A1; canonical URL is a pattern, not checked; checked via transcriptions"),
    ("A2", "U.S. Const. art. I, § 8, cl. 1 (Spending Clause)", "https://constitution.congress.gov/constitution/article-1/",
     ["constitutingamerica.org"], "statutes.md A2; canonical URL not checked; checked via transcriptions"),
    ("A3", "U.S. Const. art. I, § 9, cl. 7 (Appropriations Clause)",
     "https://www.law.cornell.edu/constitution-conan/article-1/section-9/clause-7/overview-of-appropriations-clause",
     [], "statutes.md A3; text read on this Constitution Annotated page"),
    ("A4", "U.S. Const. amend. X (Tenth Amendment; anti-commandeering doctrine)",
     "https://www.gpo.gov/fdsys/pkg/HMAN-115/html/HMAN-115-pg94-2.htm",
     [], "statutes.md A4; text read in the GPO House Manual; no canonical URL given"),
    ("B1", "INA § 101, 8 U.S.C. 1101 (definitions, incl. 'alien'; (a)(47) final order)", LII + "8/1101",
     ["nafsa.org", "omb.report", "intelligencelaw.com"],
     "statutes.md B1, B6; canonical URL not checked; text checked via NAFSA, a USCIS glossary, "
     "omb.report and (for (a)(47)) intelligencelaw.com"),
    ("B2", "INA § 212(a)(2), (a)(3), (a)(6)(C), 8 U.S.C. 1182 (inadmissibility)", LII + "8/1182",
     ["geoffharrison.com.au"],
     "statutes.md B2; canonical URL not checked; also checked via a CIS article, a law-firm page and "
     "the USCIS Policy Manual; (a)(3) paraphrase only (medium)"),
    ("B3", "INA § 235, 8 U.S.C. 1225 (inspection; applicants for admission; expedited removal)", LII + "8/1225",
     ["FindLaw", "uscode.elaws.us", "scribd"],
     "statutes.md B3; canonical URL not checked; also CRS R45314; 8 C.F.R. 235.3(b)(1)(ii) via eCFR"),
    ("B4", "INA § 237(a)(2), (a)(4), 8 U.S.C. 1227 (deportability)", LII + "8/1227",
     ["FindLaw", "govregs.com", "legalclarity.org", "justice.gov", "NAFSA"],
     "statutes.md B4; canonical URL not checked"),
    ("B5", "INA § 240(e)(2), 8 U.S.C. 1229a(e)(2) ('removable')", LII + "8/1229a",
     ["usimm.pikapod.net", "lawandsoftware.com"], "statutes.md B5; canonical URL not checked"),
    ("B6", "8 C.F.R. 1241.1 (formerly 8 C.F.R. 241.1): when a removal order becomes final",
     "http://edocket.access.gpo.gov/cfr_2003/8cfr241.1.htm", [],
     "statutes.md B6; 2003 edition read; current version has more cases: re-check on eCFR "
     "(medium-high that the text is current)"),
    ("B7", "INA § 287, 8 U.S.C. 1357 (powers of immigration officers; 287(g) agreements; 287(d))", LII + "8/1357",
     ["http://www.supremecourt.gov/DocketPDF/21/21-5352/186986/20210809122617599_Appendix%20D.pdf",
      "Wikisource", "vkblaw.com", "nortontooby.com"],
     "statutes.md B7, B9; canonical URL not checked; 287(g) text via the Statutes at Large scan "
     "(110 Stat. 3009-563/564) on Wikisource; (g)(3) wording not seen"),
    ("B8", "8 U.S.C. 1373 (information sharing with federal immigration officials; IIRIRA § 642)", LII + "8/1373",
     ["Wikisource", "https://instalawyer.io/laws/us-code/1373"],
     "statutes.md B8; canonical URL not checked; text via the Statutes at Large scan (110 Stat. "
     "3009-707) and instalawyer.io"),
    ("B9", "8 C.F.R. 287.7 (immigration detainers)",
     "https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-287/section-287.7",
     ["usborderpatrol.com", "avvo.com", "nortontooby.com"],
     "statutes.md B9; canonical URL is a pattern, not checked; 1997 text (62 Fed. Reg. 10312) seen: "
     "check 'Service'/'Department' wording on eCFR; CRS R42690 named as overview"),
    ("B10", "INA § 243(d), 8 U.S.C. 1253(d) (visa sanctions on countries that refuse returns)",
     "https://www.nafsa.org/professional-resources/browse-by-interest/discontinuance-visa-issuance-under-ina-243d",
     [], "statutes.md B10; statute text read on this NAFSA page (no canonical URL given); 9 FAM 602.2 "
     "reads 'Secretary of Homeland Security'; background CRS IF11025 (S99)"),
    ("B11", "INA § 274D, 8 U.S.C. 1324d (civil penalty for failure to depart)", LII + "8/1324d",
     ["FindLaw", "lexbuild.dev"],
     "statutes.md B11; canonical URL not checked; '$998 per day' inflation figure from news (medium), "
     "its regulation not confirmed (low)"),
    ("B11", "INA § 240B, 8 U.S.C. 1229c (voluntary departure)", LII + "8/1229c",
     ["nortontooby.com", "federal.elaws.us"],
     "statutes.md B11; canonical URL not checked; § 1229c(d) paraphrased (medium-high)"),
    ("B12", "5 U.S.C. 3331 (oath of office)", LII + "5/3331", ["eaglespeak.us", "folkpotpourri.com"],
     "statutes.md B12; canonical URL not checked; that the order cites it: medium"),
    ("B13", "Privacy Act of 1974, 5 U.S.C. 552a", LII + "5/552a", ["Wikisource", "famguardian.org"],
     "statutes.md B13; canonical URL not checked; (a)(2) via the Statutes at Large scan (88 Stat. "
     "1897) and DOJ's Overview of the Privacy Act"),
    ("B14", "Judicial Redress Act of 2015, Pub. L. 114-126, 130 Stat. 282",
     "https://www.govinfo.gov/content/pkg/STATUTE-130/html/STATUTE-130-Pg282.htm", [],
     "statutes.md B14; also checked via DOJ's Overview of the Privacy Act: 2020 Edition"),
    ("B16", "PRWORA § 434, 8 U.S.C. 1644 (Pub. L. 104-193, 110 Stat. 2105)", LII + "8/1644", [],
     "statutes.md B16; text NOT retrieved (paraphrase only): check at this URL before quoting; "
     "citation via DOJ OLC memo (1998-08-18); § 434 = § 1644 medium"),
    ("C1", "New York v. United States, 505 U.S. 144 (1992)", SJ + "505/144/",
     ["supct.law.cornell.edu", "law.onecle.com", "lawfaculty.in", "vdocuments"],
     "statutes.md C1; canonical URL not checked"),
    ("C2", "Printz v. United States, 521 U.S. 898 (1997)", SJ + "521/898/",
     ["conservapedia.org", "law.onecle.com", "https://law.onecle.com/ussc/521/521us900.html"],
     "statutes.md C2; canonical URL not checked; quote checked via conservapedia: confirm on Justia"),
    ("C3", "Murphy v. National Collegiate Athletic Ass'n, 584 U.S. 453 (2018), 138 S. Ct. 1461", SJ + "584/16-476/",
     [], "statutes.md C3; canonical URL not checked; checked via the Wikipedia infobox and NLC/Reason "
     "coverage; vote description medium-high"),
    ("C4", "South Dakota v. Dole, 483 U.S. 203 (1987)", SJ + "483/203/",
     ["EBSCO", "review.clateway.com", "docsity"], "statutes.md C4; canonical URL not checked"),
    ("C5", "National Federation of Independent Business v. Sebelius, 567 U.S. 519 (2012)", SJ + "567/519/",
     ["UMKC"], "statutes.md C5; canonical URL not checked; also CRS R42367"),
    ("C6", "Arizona v. United States, 567 U.S. 387 (2012)", SJ + "567/387/",
     ["supremecourt.gov", "dokumen.tips", "slideshare"],
     "statutes.md C6; canonical URL not checked; quoted passage to be confirmed on Justia"),
    ("C7", "Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579 (1952)", SJ + "343/579/",
     ["Wikisource", "Google Books", "vLex"],
     "statutes.md C7; canonical URL not checked; Jackson concurrence via CRS 95-772 (Wikisource) and "
     "a Google Books scan"),
    ("C8", "Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)",
     "https://law.justia.com/cases/federal/appellate-courts/ca3/12-3991/12-3991-2014-03-04.html",
     ["ecases.us", "midpage.ai"],
     "statutes.md C8; canonical URL is a pattern, not checked; via ABA Media Alert (2014-03-05); "
     "opinion author unconfirmed"),
    ("C9", "Miranda-Olivares v. Clackamas County, No. 3:12-cv-02317-ST (D. Or. Apr. 11, 2014)",
     "https://casetext.com/case/miranda-olivares-v-clackamas-cnty", ["pdfslide"],
     "statutes.md C9; Westlaw cite (2014 WL 1414305) not confirmed"),
    ("C10", "Zadvydas v. Davis, 533 U.S. 678 (2001)", SJ + "533/678/", ["lawpipe.com"],
     "statutes.md C10; canonical URL not checked; 5-4 vote not confirmed directly (medium)"),
]
# Headings that map to rows created elsewhere (no new row): heading -> addresses.
# Dates statutes.md gives for a document itself (decision, signing, edition).
STATUTE_DATES = {
    "New York v. United States": "1992-06-19", "Printz": "1997-06-27", "Murphy": "2018-05-14",
    "South Dakota v. Dole": "1987-06-23", "National Federation": "2012-06-28",
    "Arizona v. United States": "2012-06-25", "Youngstown": "1952-06-02", "Galarza": "2014-03-04",
    "Miranda-Olivares": "2014-04-11", "Zadvydas": "2001", "Judicial Redress Act": "2016-02-24",
    "PRWORA": "1996-08-22", "8 C.F.R. 1241.1": "2003 (edition read)",
}
STATUTE_SAME_AS = {
    "B6": [LII + "8/1101"],
    "B10": ["https://www.everycrsreport.com/reports/IF11025.html"],
    "C11": ["http://casetext.com/case/city-of-sf-v-trump",
            "https://counsel.sccgov.org/high-profile-matters/county-santa-clara-v-donald-j-trump-et-al",
            "https://www.scribd.com/document/346366488/Federal-Judge-Strikes-Down-Sanctuary-Cities-Order"],
}
STATUTE_NO_ROW = {
    "A5": "no source address: the Fourth Amendment text was not re-checked (see C8, C9)",
    "B15": "no source address given (Statutes at Large scans on Wikisource, unnamed pages); "
           "IIRIRA sections appear in B7 (§ 133), B8 (§ 642), B11 (§ 380)",
}


def add_statutes(reg: Registry) -> dict[str, list[str]]:
    text = (RESEARCH / "statutes.md").read_text(encoding="utf-8")
    headings = re.findall(r"^### ([A-C]\d+)\. (.+)$", text, re.M)
    # A full address for a copy statutes.md names only by site may come from pedagogy.md.
    searchable = text + (RESEARCH / "pedagogy.md").read_text(encoding="utf-8")
    mapping: dict[str, list[str]] = {h: [] for h, _ in headings}
    for heading, title, url, via, note in STATUTE_ROWS:
        assert heading in mapping, heading
        for token in [url, *via]:
            probe = token if "://" not in token else token.rstrip("/")
            assert probe.lower() in searchable.lower(), (heading, token)
        date = next((d for k, d in STATUTE_DATES.items() if title.startswith(k)), "")
        src, created = reg.get_or_create(url, title=title, publisher=publisher_for(url), date=date,
                                         kind="primary", note=note)
        for v in via:
            if v not in src.read_via:
                src.read_via.append(v)
                if "://" in v:
                    reg.alias(v, src)
        if not created and src.id not in reg.fixed and heading not in src.note:
            src.note += f"; statutes.md {heading}"
        mapping[heading].append(src.id)
    for heading, addresses in STATUTE_SAME_AS.items():
        for a in addresses:
            mapping[heading].append(reg.find(a).id)
    # The Kelly memo, EO 13993 and EO 14159 rows are Part 5's documents.
    return mapping


# --------------------------------------------------------------------------- step 5
# pedagogy.md gives no page titles: a short description per key, from the sentence
# where the key is used (key -> title, publisher, kind). Keys whose address is
# already registered (or a copy of a registered document) need no entry.
PEDAGOGY_TITLES = {
    "eo-takecare": ("Trump administration enforcement priorities issued Jan. 25, 2017 (Sec. 2(a) and the Take Care Clause)", "MyAttorneyUSA", "secondary"),
    "mayorkas-2021": ("Guidelines for the Enforcement of Civil Immigration Law (Mayorkas memo, Sept. 30, 2021), NIWAP library copy", "NIWAP Library, American University Washington College of Law", "primary"),
    "mayorkas-clinic": ("New immigration enforcement guidance favors case-by-case approach", "CLINIC (Catholic Legal Immigration Network)", "secondary"),
    "mayorkas-cis": ("New Mayorkas memo further guts immigration enforcement", "Center for Immigration Studies (Andrew Arthur)", "secondary"),
    "eo14287-ipt": ("EO Protecting American Communities From Criminal Aliens: Secs. 2 and 3 require a compilation of sanctuary jurisdictions", "Immigration Policy Tracking Project", "secondary"),
    "eo14287-standing": ("Federal executive overreach (entry of Apr. 28, 2025)", "thestanding.pages.dev", "secondary"),
    "lit-2025-gcs": ("#14159 - Protecting the American People Against Invasion (January 20, 2025)", "gcsupportservice.com", "secondary"),
    "usc1373-ilrc": ("8 USC § 1373 (Immigrant Legal Resource Center FAQ; paperzz copy)", "Immigrant Legal Resource Center (via paperzz.com)", "secondary"),
    "ag-memo-numbersusa": ("Justice Dept. clarifies sanctuary jurisdiction sanctions (May 2017 AG memo)", "NumbersUSA", "secondary"),
    "ag-memo-heritage": ("Heritage commentary: sanctuary cities lose access to federal grants (May 2017 AG memo)", "The Heritage Foundation", "secondary"),
    "sf-v-trump-midpage": ("City & County of San Francisco v. Trump (case summary)", "midpage.ai", "secondary"),
    "chicago-2017": ("City of Chicago v. Sessions (case page)", "Casetext", "primary"),
    "privacy-lawfare": ("What the interior security executive order does to foreigners' privacy rights", "Lawfare", "secondary"),
    "privacy-mondaq": ("Mondaq article on Sec. 14, the Privacy Act and the Judicial Redress Act", "Mondaq", "secondary"),
    "ice-287g": ("287(g) fact sheet", "U.S. Immigration and Customs Enforcement (ICE)", "primary"),
    "us-v-texas-faegre": ("Supreme Court decides United States v. Texas", "Faegre Drinker", "secondary"),
    "dole-lii": ("Spending power (Wex)", "Cornell Law School, Legal Information Institute", "secondary"),
    "dole-wnec": ("Spending power test (South Dakota v. Dole)", "wneclaw.com", "secondary"),
    "arizona": ("Arizona v. United States (case page)", "midpage.ai", "secondary"),
    "murphy": ("Murphy v. NCAA: anticommandeering doctrine a win for state autonomy and federalism", "Denver Law Review", "secondary"),
    "murphy-volokh": ("Broader implications of the Supreme Court's Murphy decision (Volokh Conspiracy)", "Reason", "secondary"),
    "youngstown-hls": ("What are the limits of presidential power?", "Harvard Law School", "secondary"),
    "youngstown-ncc": ("Does the separation of powers need a rewrite?", "National Constitution Center", "secondary"),
    "crs-eo-2014": ("CRS report RS20846 on issuing, modifying and revoking executive orders", "Congressional Research Service (via EveryCRSReport.com)", "primary"),
    "crs-eo-2021": ("Executive Orders: An Introduction (CRS)", "Congressional Research Service (via docslib.org mirror)", "primary"),
    "trac-detainers": ("About the data: ICE detainers (TRAC tool)", "TRAC, Syracuse University", "secondary"),
    "trac-withheld": ("TRAC@Work item A2753: fields withheld from detainer data", "TRAC, Syracuse University", "secondary"),
    "ic-ec": ("Executive Command (game)", "iCivics", "secondary"),
    "ic-ec-tc": ("Executive Command (lesson and teacher's guide)", "teachingcivics.org", "secondary"),
    "ic-ec-cs": ("Executive Command (review)", "Common Sense Education", "secondary"),
    "ic-in": ("Immigration Nation (lesson)", "teachingcivics.org", "secondary"),
    "ic-in-bp": ("Paths to citizenship lesson plan: Immigration Nation game", "BrainPOP Educators", "secondary"),
    "ic-eb": ("New high school executive branch lessons & activities added to unit", "iCivics", "secondary"),
    "ic-cx": ("Constitution EXPLAINED: three branches", "iCivics", "secondary"),
    "ic-pres": ("iCivics: For the President, All in a Day's Work", "Curriki", "secondary"),
    "ncc-about": ("About the Interactive Constitution", "National Constitution Center", "secondary"),
    "ncc-ic": ("Interactive Constitution", "National Constitution Center", "secondary"),
    "ncc-cc": ("Constitutional Conversations", "National Constitution Center", "secondary"),
    "ncc-lib": ("Classroom resource library: lesson plans", "National Constitution Center", "secondary"),
    "ncc-c101": ("Constitution 101 curriculum (National Constitution Center resources listing)", "Wisconsin DPI learning resources", "secondary"),
    "ncc-c101ms": ("National Constitution Center email (Constitution 101, middle-school edition)", "politicalemails.org", "secondary"),
    "sl-ts": ("Teaching strategies", "Street Law", "secondary"),
    "sl-delib": ("Using deliberation materials for at-home learning", "Street Law", "secondary"),
    "sl-videos": ("New videos demonstrate Street Law teaching strategies", "Street Law", "secondary"),
    "sl-ccss": ("How Street Law aligns with the Common Core State Standards", "Street Law", "secondary"),
    "lc-using": ("Landmark Cases: using the site", "Landmark Cases (Street Law)", "secondary"),
    "lc-marbury": ("Landmark Cases: Marbury v. Madison", "Landmark Cases (Street Law)", "secondary"),
    "lc-hm": ("History Matters entry on Landmark Cases", "History Matters (George Mason University)", "secondary"),
    "ann-ed": ("Educate (classroom resources)", "Annenberg Classroom", "secondary"),
    "ann-ttc": ("Teaching the Constitution", "Annenberg Classroom", "secondary"),
    "bri-baa": ("Bill of Rights Institute lesson anatomy (BAA Prof Dev, Scribd copy)", "Scribd (copy)", "secondary"),
    "bri-bor": ("The Bill of Rights (ELL lesson)", "Curriki", "secondary"),
    "bri-imm": ("The modern debate on immigration", "Bill of Rights Institute", "secondary"),
    "bri-sheg": ("Overview of historical source literacy skills", "Bill of Rights Institute", "secondary"),
    "nara-ws": ("Document analysis worksheets", "National Archives", "secondary"),
    "nara-written": ("Analyze a written document (intermediate worksheet)", "National Archives", "secondary"),
    "dt-esn": ("New online tool helps teachers use primary source documents", "eSchool News", "secondary"),
    "dt-ft4t": ("Create your own interactive primary source activities", "Free Technology for Teachers", "secondary"),
    "dt-edtech": ("Great tools to create engaging activities (DocsTeach tools)", "Educators' Technology", "secondary"),
    "loc-issuu": ("Teaching with Primary Sources guide (University of the Arts, issuu)", "issuu.com", "secondary"),
    "loc-mtsu": ("Teaching with Primary Sources: analysis worksheets", "MTSU Library", "secondary"),
    "loc-alcs": ("Library of Congress primary source analysis tool (school page)", "alcsny.org", "secondary"),
    "loc-tool": ("Library of Congress primary source analysis tool (blog repost)", "teachbytes53.rssing.com", "secondary"),
    "loc-guides": ("Teacher's guides for analyzing primary sources (blog)", "slmsbridge.blogspot.com", "secondary"),
    "loc-sets": ("Teaching with primary sources: primary source sets", "primarysourcenexus.org", "secondary"),
    "loc-why": ("The Library of Congress (why use primary sources)", "thelibrarycat.com", "secondary"),
    "loc-gs": ("TPS basics: teachers program", "sites.google.com", "secondary"),
    "sheg-dig": ("Changing history course (SHEG / Digital Inquiry Group)", "Stanford Graduate School of Education", "secondary"),
    "sheg-rlh-structure": ("Resources for educators: the Stanford History Education Group", "bethelhistory.wordpress.com", "secondary"),
    "sheg-modified": ("Reading Like a Historian", "joannejacobs.com", "secondary"),
    "sheg-chart": ("Historical Thinking Chart (Scribd copy)", "Scribd (copy)", "secondary"),
    "cor": ("Civic Online Reasoning", "Digital Inquiry Group", "secondary"),
    "cor-lesson": ("Lateral vs. vertical reading (Civic Online Reasoning lesson)", "Stanford, Civic Online Reasoning", "secondary"),
    "fh-contract": ("Creative tips: using teaching strategies (contracting)", "Facing History & Ourselves", "secondary"),
    "fh-intro": ("Introducing the course", "Facing History & Ourselves", "secondary"),
    "fh-weimar": ("Introducing the unit", "Facing History & Ourselves", "secondary"),
    "fh-fcd": ("Fostering Civil Discourse: A Guide for Classroom Conversations", "Facing History & Ourselves (via docslib.org mirror)", "secondary"),
    "fh-cd": ("Civil discourse resources", "Facing History & Ourselves", "secondary"),
    "fh-canada": ("Care and empathy in the classroom", "Facing History & Ourselves (Canada)", "secondary"),
    "fh-lib": ("Resource library (search incl. a teaching idea on migrant detention)", "Facing History & Ourselves", "secondary"),
    "crf-civcon": ("CivCon: Civil Conversation", "Constitutional Rights Foundation", "secondary"),
    "crf-eap": ("The Civil Conversation strategy for academic discussion (CivCon)", "Educating for American Democracy", "secondary"),
    "crn-imm": ("Resources search: immigration", "Civics Renewal Network", "secondary"),
    "crf-cap": ("Civic Action Project", "Constitutional Rights Foundation (crfcap.org)", "secondary"),
    "crf-cap-rubric": ("Sample lesson: Civic Action Project rubric", "documents.pub (copy)", "secondary"),
    "oyez-about": ("About Oyez", "Oyez", "secondary"),
    "oyez-nlj": ("National Law Journal article on Oyez", "law.com (National Law Journal)", "secondary"),
    "oyez-fqc": ("Podcast episode on Oyez", "podrocket.ai", "secondary"),
    "oyez-iit": ("Bringing attention to the Supreme Court", "IIT Magazine", "secondary"),
    "idm": ("Inquiry Design Model (IDM)", "C3 Teachers", "secondary"),
    "idm-briefs": ("C3 Briefs", "C3 Teachers", "secondary"),
    "idm-elements": ("The Inquiry Design Model (chapter abstract)", "now publishers", "secondary"),
    "idm-gs": ("Week 10: IDM model (course site)", "sites.google.com", "secondary"),
    "idm-ncsu": ("Designing inquiry: finishing the inquiry", "NC State (sites.google.com)", "secondary"),
    "idm-checklist": ("Inquiry Design Model (IDM) blueprint checklist", "studylib.net (copy)", "secondary"),
    "c3-ncss": ("College, Career, and Civic Life (C3) Framework for Social Studies State Standards", "National Council for the Social Studies (NCSS)", "secondary"),
    "c3-docplayer": ("C3 Framework for Social Studies State Standards (mirror copy)", "docplayer.net (mirror)", "secondary"),
    "c3-usermanual": ("C3 Framework for Social Studies (mirror copy)", "usermanual.wiki (mirror)", "secondary"),
    "c3-arc": ("C3 Framework dimensions (teacher portal copy)", "mydigitalchalkboard.org", "secondary"),
    "ap-ced": ("AP U.S. Government and Politics Course and Exam Description (CED)", "College Board", "secondary"),
    "ap-wiki": ("AP United States Government and Politics (Wikipedia)", "Wikipedia", "secondary"),
    "ap-wikiwand": ("AP US Government (Wikiwand)", "Wikiwand (Wikipedia mirror)", "secondary"),
    "ap-docs": ("AP United States Government and Civics (required documents)", "homeschoolinginthepresenttense.com", "secondary"),
    "ap-fed": ("AP Gov teacher blog: federalism topics 1.7-1.9", "collegegovderose.blogspot.com", "secondary"),
    "ap-2-4": ("AP Gov teacher blog: Day 28 (topic 2.4)", "amcitclark.blogspot.com", "secondary"),
    "ap-2-5": ("Checks on the presidency (topic 2.5)", "The Politics Teacher", "secondary"),
    "ap-2-6": ("Expansion of presidential power (topic 2.6)", "The Politics Teacher", "secondary"),
    "ap-unit2": ("AP Gov Unit 2: checks on the presidency", "Fiveable", "secondary"),
    "ap-2-11": ("Checks on the judicial branch (topic 2.11 practice)", "PrepGo", "secondary"),
    "ap-principles": ("AP US Government and Politics - course note (CED principles)", "knowt.com", "secondary"),
    "ap-frq": ("AP Government free-response types (teacher page)", "mrwaddell.com", "secondary"),
    "ap-frq-kap": ("AP US Government and Politics free-response strategies", "Kaplan", "secondary"),
    "ca-12": ("California History-Social Science Standards, grade 12 (copy)", "culturalbaggage.com (copy)", "primary"),
    "ca-12-th": ("California state standards, grade 12", "teachinghistory.org", "primary"),
    "ca-fw": ("California History-Social Science Framework (2016) (Scribd copy)", "Scribd (copy)", "primary"),
    "tx-113-44": ("19 TAC § 113.44, U.S. Government (TEKS)", "Texas Secretary of State, Texas Administrative Code", "primary"),
    "tx-2011": ("TEKS 113.44(c)(8)(H), 2011 numbering (copy)", "Shmoop", "primary"),
    "fl-cg": ("Florida high school civics and government benchmarks", "floridacitizen.org", "primary"),
    "nc-cl": ("North Carolina civic literacy standards, grades 9-12 (copy)", "checkfu.com", "primary"),
    "ct-cg": ("Connecticut high school civics and government standards (copy)", "checkfu.com", "primary"),
    "ccss-rh": ("Common Core ELA Literacy RH.11-12", "Common Core State Standards Initiative", "secondary"),
    "hess-tipping": ("Hess, book chapter on controversial issues ('tipping')", "Taylor & Francis", "secondary"),
    "hess-pc": ("The Political Classroom (about)", "thepoliticalclassroom.com", "secondary"),
    "hess-ct": ("The Political Classroom (discussion post)", "Crooked Timber", "secondary"),
    "disclosure-assert": ("Journal article on teacher disclosure of political views", "ASSERT journal", "secondary"),
    "sac-learner": ("Controversial public policy issues: essential readings (Making Civics Real)", "Learner.org (Annenberg Learner)", "secondary"),
    "sac-eric": ("ERIC Digest on academic controversy", "ericdigests.org", "secondary"),
    "allsides-about": ("About AllSides for Schools", "AllSides for Schools", "secondary"),
    "allsides-mb": ("Media bias lesson plans", "AllSides for Schools", "secondary"),
    "lfj-imm": ("Immigration: support for students", "Teaching Tolerance / Learning for Justice", "secondary"),
    "cc-guide": ("Immigration guide for educators (2017)", "Colorín Colorado", "secondary"),
    "cc-summary": ("Making Students and Families Feel Welcome (Scribd copy)", "Scribd (copy)", "secondary"),
    "aft-cc": ("Tools (American Educator, Spring 2017)", "American Federation of Teachers", "secondary"),
    "hgse": ("Supporting undocumented students and mixed-status families", "Harvard Graduate School of Education", "secondary"),
    "informed": ("Guides for educators", "Informed Immigrant", "secondary"),
    "edive": ("How districts can step in to help students deal with deportation fears", "Education Dive", "secondary"),
    "ap-style-db": ("AP Stylebook drops 'illegal immigrant'", "The Daily Beast", "secondary"),
    "ap-style-entry": ("Associated Press no longer using term 'illegal alien'", "patriotupdate.com", "secondary"),
    "ncss-af": ("Academic freedom and the social studies teacher", "Questia", "secondary"),
    "ncss-2023": ("2023 NCSS House of Delegates resolutions", "National Council for the Social Studies (NCSS)", "secondary"),
    "ada-fr": ("DOJ ADA Title II rule on web accessibility (FR Doc. 2024-07758)", "Federal Register (via Justia)", "primary"),
    "ada-ext": ("ADA Title II web accessibility compliance deadlines extended by one year", "Healthcare Law Insights", "secondary"),
    "nfa": ("Notebook Authoring Tips (Notebooks for All)", "Iota School (GitHub)", "secondary"),
    "nfa-checklist": ("jwst-pipeline-notebooks pull request #4 (notebook accessibility checklist)", "GitHub", "secondary"),
    "a11y-checker": ("GitHub search: jupyterlab-a11y-checker", "GitHub", "secondary"),
    "udl": ("Universal Design for Learning (UDL)", "ezud.com", "secondary"),
    "udl-essa": ("Journal article on UDL and ESSA", "journals.calstate.edu", "secondary"),
}
PEDAGOGY_DATES = {"c3-ncss": "2013", "ada-fr": "2024", "ada-ext": "2026"}
PEDAGOGY_NOTES = {
    "ap-ced": "official CED PDF NOT available (not read); wording came from teacher pages: confirm codes",
    "c3-ncss": "take exact indicator quotes from this NCSS PDF",
    "ccss-rh": "codes not confirmed: verify at the publisher's site",
    "ada-ext": "2026 report of a one-year extension: verify",
    "ap-wiki": "encyclopedia; unit weights",
}


def add_pedagogy(reg: Registry) -> dict[str, str]:
    text = (RESEARCH / "pedagogy.md").read_text(encoding="utf-8")
    refs = text[text.index("## References (every key used above)"):]
    mapping = {}
    for key, url in re.findall(r"^\[([^\]]+)\]: (\S+)$", refs, re.M):
        src = reg.find(url)
        if src is None:
            title, publisher, kind = PEDAGOGY_TITLES[key]
            note = f"pedagogy.md [{key}]; title describes the page as pedagogy.md uses it"
            if key in PEDAGOGY_NOTES:
                note += "; " + PEDAGOGY_NOTES[key]
            src = reg.add(Source(id=reg.new_id(), title=title, publisher=publisher,
                                 date=PEDAGOGY_DATES.get(key, ""), url=url, kind=kind, note=note))
        else:
            assert key not in PEDAGOGY_TITLES, key
        mapping[key] = src.id
    assert set(PEDAGOGY_TITLES) <= set(mapping), set(PEDAGOGY_TITLES) - set(mapping)
    return mapping


# --------------------------------------------------------------------------- output
def write_csv(reg: Registry) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for src in sorted(reg.sources.values(), key=lambda s: int(s.id[1:])):
        w.writerow(src.row())
    return buf.getvalue()


def md_escape(s: str) -> str:
    return s.replace("|", "\\|")


def write_index(reg: Registry, orders: dict[str, str], claims: list[Claim],
                facts: dict[str, list[str]], statutes: dict[str, list[str]],
                pedagogy: dict[str, str], first_new: int, renumbered: dict[str, str],
                n_research: int) -> str:
    S = reg.sources
    n_new = len(S) - n_research
    out = [
        "# Source registry: how to read `sources.csv`",
        "",
        "Generated by `tools/seed_sources.py` from `../shared/research/` and `../shared/order/`; "
        "do not edit by hand. Re-run the script after the research changes.",
        "",
        f"`sources.csv` holds {len(S)} sources: the {len(S) - n_new} of the research register "
        f"(`shared/research/data/sources.csv`) and {n_new} new ones.",
        "",
        "## Columns",
        "",
        "| column | meaning |",
        "|---|---|",
        "| `id` | `S` + number (at least two digits). Stable: lessons and datasets cite it. |",
        "| `title` | As the research gives it. For facts-order sources this is the dossier's short "
        "\"source title\" (often the outlet's name); for pedagogy keys it is a short description "
        "of the page, since pedagogy.md gives no page titles. |",
        "| `publisher` | As the research gives it; otherwise the site's name (or its host). |",
        "| `date` | Date of the source as the research gives it (YYYY, YYYY-MM, YYYY-MM-DD or "
        "free text); blank if unknown. Never the date of the event a claim is about. |",
        "| `url` | The canonical address where the research names one (govinfo, Federal Register, "
        "LII, Justia, constitution.congress.gov), otherwise the address that was read. |",
        "| `kind` | `primary`: government documents, statutes, the Constitution, court opinions, "
        "executive orders, agency data and releases, official state standards, even when read "
        "through a copy. `secondary`: news, think tanks, advocacy groups, law firms, trackers, "
        "encyclopedias, teaching sites. |",
        "| `read_via` | Copies the research actually read when they differ from `url`, separated "
        "by ` ; `. Where the research names only a site (statutes.md often writes \"checked via "
        "NAFSA\"), the site's name stands in place of an address. |",
        "| `note` | For research-register rows the original `accessed_note`; otherwise where the "
        "source is used (`facts-order.md: <claim ids>`, `statutes.md B8`, `pedagogy.md [key]`) "
        "and any caveat the research states. |",
        "",
        "## Ids",
        "",
        "- S01-S135 keep the research register's ids and meaning "
        "(`shared/research/data/sources.csv`), and so do its ids above S135 except the four "
        "listed below. The register has gaps (S37-S39, S59, S75-S79, S101-S109, S121-S129); "
        "they stay empty.",
        "- S136-S139 are the order texts (the course code cites them). In the research "
        "register S136 and S137 were two other sources, and S141/S142 were EO 13993 and "
        "EO 14159 themselves, so:",
        "",
        "  | research id | registry id | source |",
        "  |---|---|---|",
        *[f"  | {old} | {new} | {md_escape(S[new].title)} |" for old, new in renumbered.items()],
        "",
        "  **Apply this table to every `source_id` in a research dataset copied into `data/`** "
        "(`incarceration_status.csv` cites S136 and S137, `timeline.csv` S137, S141 and S142, "
        "and `excerpts.md` all four). Copied unchanged, an old S136 or S137 would silently "
        "point at an executive order. S141 and S142 are left unassigned, so a stale citation "
        "of them fails loudly.",
        f"- New sources run without gaps from S{first_new}, after the two moved research "
        f"sources ({renumbered['S136']}, {renumbered['S137']}).",
        "- One document is one row. A mirror or copy of a registered document goes in its "
        "`read_via`, not in a row of its own. The one exception is inherited: S51 and S52 "
        "share the address https://github.com/appelson/Tracking_287g (ICE spreadsheets in "
        "the repository's history vs. its README), and both ids are cited by the datasets.",
        "",
        "## The order texts",
        "",
        "| document | id |",
        "|---|---|",
        f"| EO 13768, official text, 82 FR 8799 (`shared/order/eo13768-official.md`) | {orders['eo13768']} |",
        f"| EO 13993 (2021), revoked EO 13768 (`shared/order/eo13993-official.md`) | {orders['eo13993']} |",
        f"| EO 14159 (2025) (`shared/order/eo14159-excerpts.md`) | {orders['eo14159']} |",
        f"| EO 13768, plain-language adaptation, NOT the official text (`shared/order/eo13768-plain-language.md`) | {orders['plain']} |",
        f"| EO 14287 (2025), 90 FR 18761 | {orders['eo14287']} |",
        "",
        "## facts-order.md claims",
        "",
        "Confidence is the dossier's (high / medium / low); see its column for the reason.",
        "",
        "| claim id | section | source ids | confidence |",
        "|---|---|---|---|",
    ]
    for c in claims:
        conf = "; ".join(dict.fromkeys(re.findall(r"\b(high|medium|low)\b", c.confidence.lower())))
        ids = ", ".join(dict.fromkeys(facts[c.id])) or "— (no source)"
        section = re.sub(r"\s*\([^)]*[,*;][^)]*\)", "", c.section).replace("*", "").strip()
        out.append(f"| `{c.id}` | {md_escape(section)} | {ids} | {conf} |")
    out += [
        "",
        "## statutes.md headings",
        "",
        "| heading | authority | source ids |",
        "|---|---|---|",
    ]
    text = (RESEARCH / "statutes.md").read_text(encoding="utf-8")
    for h, name in re.findall(r"^### ([A-C]\d+)\. (.+)$", text, re.M):
        ids = ", ".join(dict.fromkeys(statutes[h])) or "— " + STATUTE_NO_ROW[h]
        out.append(f"| {h} | {md_escape(name.replace('*', ''))} | {ids} |")
    out += [
        "",
        "Part 1 of statutes.md (the order itself) is "
        f"{orders['eo13768']}; Part 5's documents are the Kelly memo (S146), EO 13993 "
        f"({orders['eo13993']}) and EO 14159 ({orders['eo14159']}), with EPI (S143) and the "
        "Wikipedia mirror (S159) as pointers.",
        "",
        "## pedagogy.md reference keys",
        "",
        "| key | id | key | id | key | id |",
        "|---|---|---|---|---|---|",
    ]
    items = list(pedagogy.items())
    for i in range(0, len(items), 3):
        cells = []
        for k, v in items[i:i + 3]:
            cells += [f"`{k}`", v]
        cells += [""] * (6 - len(cells))
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    return "\n".join(out)


#: Copies the course team read after the dossier was compiled, to fill in details the
#: dossier's copy did not show. Each goes into its document's ``read_via`` with a caveat;
#: they are reproductions, not checked against the official memo.
COURSE_TEAM_COPIES = {
    "S178": (["http://www.californiaimmigration.us/reform/new-prosecutorial-discretion-guidlines",
              "https://studylib.net/doc/10227909"],
             "Course team, lesson 04: tier details (felony convictions in priority 1; three or "
             "more misdemeanors in priority 2; exceptions by senior officials) read in these "
             "reproductions of the memo and of DHS slides; not checked against the official memo"),
    "S324": (["https://discuss.ilw.com/blogs/mkolken/408011"],
             "Course team, lesson 04: the lists of aggravating and mitigating factors read in a "
             "blog post quoting the guidelines; not checked against the official memo"),
}


def add_course_team_copies(reg: Registry) -> None:
    for sid, (urls, note) in COURSE_TEAM_COPIES.items():
        src = reg.sources[sid]
        src.read_via = [*src.read_via, *urls]
        src.note = (src.note + "; " if src.note else "") + note


def main(argv: list[str]) -> int:
    reg = Registry()
    research = read_research_register()
    orders = add_orders(reg, research)
    renumbered = load_research_register(reg, research)
    claims = parse_facts()
    facts = add_facts(reg, claims)
    statutes = add_statutes(reg)
    pedagogy = add_pedagogy(reg)
    add_course_team_copies(reg)
    csv_text = write_csv(reg)
    index_text = write_index(reg, orders, claims, facts, statutes, pedagogy,
                             int(renumbered["S137"][1:]) + 1, renumbered, len(research))
    OUT_CSV.write_text(csv_text, encoding="utf-8", newline="\n")
    OUT_INDEX.write_text(index_text, encoding="utf-8", newline="\n")
    n_new = len(reg.sources) - len(research)
    print(f"{OUT_CSV.relative_to(ROOT)}: {len(reg.sources)} sources ({len(research)} from the "
          f"research register, {n_new} new); {OUT_INDEX.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
