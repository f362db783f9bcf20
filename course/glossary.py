"""The course glossary: the legal words EO 13768 relies on, at three reading levels.

Sec. 3 of the order gives its terms "the meaning provided by section 1101 of title 8,
United States Code". This module holds those words and the other terms a reader of the
order needs, each at three levels:

* ``plain``: short sentences in everyday words (for a first read, or an English learner);
* ``standard``: a one-sentence definition in our own words;
* ``legal``: the citation and, where the course's research quotes it, the exact text.

Every quotation is copied exactly from the research notes (``statutes.md``) or the
official text of the order; a test checks both. Source ids point into
``data/sources.csv``.

:func:`lookup` is forgiving: any case, stray punctuation, small typos, a known alias
("green card", "287g"), and it never raises. :data:`USAGE` records who uses which of the
contested words ("alien", "noncitizen", "undocumented", "illegal") and where, attributed
and sourced, without choosing one.

>>> lookup("Removabel").entry.term
'removable'
>>> define("287g", "legal").text.splitlines()[0]
'287(g) agreement (legal citation)'
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from course._display import Rich, esc

LEVELS = {"plain": "plain words", "standard": "standard", "legal": "legal citation"}
_LEFT = 'style="text-align:left;vertical-align:top"'


@dataclass(frozen=True)
class Entry:
    """One glossary term.

    ``quote`` is exact text from ``quote_cite`` (empty where the research gives only a
    paraphrase); ``note`` says what a reader should know about the quotation.
    ``in_order`` is a pattern that finds the term in the order's text (empty if the
    order does not use the word itself).
    """

    term: str
    aliases: tuple[str, ...]
    plain: str
    standard: str
    legal: str
    quote: str
    quote_cite: str
    sources: tuple[str, ...]
    in_order: str = ""
    note: str = ""

    def text(self, level: str) -> str:
        """The definition at ``level`` ("plain", "standard" or "legal")."""
        if level == "plain":
            return self.plain
        if level == "standard":
            return self.standard
        out = self.legal
        if self.quote:
            out += f' "{self.quote}"'
        if self.note:
            out += f" {self.note}"
        return out


ENTRIES: tuple[Entry, ...] = (
    Entry(
        term="alien",
        aliases=("aliens", "removable alien", "removable aliens"),
        plain="The law's word for a person who is not a U.S. citizen or U.S. national. It covers "
              "green-card holders, students, tourists and people with no lawful status.",
        standard="Any person who is not a citizen or national of the United States. It is the "
                 "technical term of the Immigration and Nationality Act (INA), and Sec. 3 of the "
                 "order adopts the INA's definitions.",
        legal="INA 101(a)(3), 8 U.S.C. 1101(a)(3):",
        quote="The term 'alien' means any person not a citizen or national of the United States.",
        quote_cite="8 U.S.C. 1101(a)(3)",
        sources=("S297",),
        in_order=r"\baliens?\b",
    ),
    Entry(
        term="noncitizen",
        aliases=("non-citizen", "noncitizens", "non citizen"),
        plain="A person who is not a U.S. citizen. Some government documents use this word "
              "where the statute says \"alien\".",
        standard="A descriptive word for the group the statute calls \"aliens\". The Department "
                 "of Homeland Security's 2021 enforcement guidelines, for example, speak of "
                 "\"a removable noncitizen\".",
        legal="The statute's own word is \"alien\" (8 U.S.C. 1101(a)(3)). \"Noncitizen\" is the "
              "word of agency documents and everyday writing, not of the passage quoted here.",
        quote="",
        quote_cite="",
        sources=("S297", "S186"),
    ),
    Entry(
        term="lawful permanent resident",
        aliases=("lpr", "green card", "green-card holder", "green card holder",
                 "lawfully admitted for permanent residence", "permanent resident"),
        plain="A noncitizen who has permission to live in the United States for good. People "
              "often say \"green-card holder\".",
        standard="A noncitizen lawfully given the privilege of living permanently in the United "
                 "States as an immigrant, whose status has not changed.",
        legal="INA 101(a)(20), 8 U.S.C. 1101(a)(20):",
        quote="The term 'lawfully admitted for permanent residence' means the status of having been "
              "lawfully accorded the privilege of residing permanently in the United States as an "
              "immigrant in accordance with the immigration laws, such status not having changed.",
        quote_cite="8 U.S.C. 1101(a)(20)",
        sources=("S297",),
        in_order=r"lawful permanent residents?",
    ),
    Entry(
        term="admission",
        aliases=("admitted", "admit", "lawful entry"),
        plain="Coming into the country legally: an immigration officer checks you and lets you in.",
        standard="The lawful entry of a noncitizen into the United States after inspection and "
                 "authorization by an immigration officer.",
        legal="INA 101(a)(13)(A), 8 U.S.C. 1101(a)(13)(A):",
        quote="The terms 'admission' and 'admitted' mean, with respect to an alien, the lawful entry "
              "of the alien into the United States after inspection and authorization by an "
              "immigration officer.",
        quote_cite="8 U.S.C. 1101(a)(13)(A)",
        sources=("S297",),
    ),
    Entry(
        term="applicant for admission",
        aliases=("applicants for admission", "arriving alien"),
        plain="Someone the law treats as still asking to come in: a person arriving now, or a "
              "person already inside who was never admitted.",
        standard="A noncitizen who arrives in the United States, or is present without having "
                 "been admitted, and so is treated as still seeking admission.",
        legal="INA 235(a)(1), 8 U.S.C. 1225(a)(1):",
        quote="An alien present in the United States who has not been admitted or who arrives in "
              "the United States (whether or not at a designated port of arrival and including an "
              "alien who is brought to the United States after having been interdicted in "
              "international or United States waters) shall be deemed for purposes of this chapter "
              "an applicant for admission.",
        quote_cite="8 U.S.C. 1225(a)(1)",
        sources=("S299",),
    ),
    Entry(
        term="inadmissible",
        aliases=("inadmissibility", "grounds of inadmissibility", "section 212", "212(a)",
                 "ina 212"),
        plain="Not allowed to be let in. The law lists reasons, such as certain crimes, security "
              "risks or lying to get a visa.",
        standard="Falling under one of the INA 212 grounds (criminal, security, fraud and others) "
                 "that make a person ineligible for a visa or for admission. For someone never "
                 "admitted, these grounds are what make the person removable.",
        legal="INA 212(a), 8 U.S.C. 1182(a), opening words:",
        quote="Except as otherwise provided in this chapter, aliens who are inadmissible under the "
              "following paragraphs are ineligible to receive visas and ineligible to be admitted "
              "to the United States:",
        quote_cite="8 U.S.C. 1182(a)",
        sources=("S298",),
        in_order=r"212\(a\)",
    ),
    Entry(
        term="deportable",
        aliases=("deportability", "grounds of deportability", "section 237", "237(a)", "ina 237"),
        plain="Able to be sent away after being let in. The law lists reasons, such as certain "
              "crimes or security threats.",
        standard="A noncitizen who was admitted and falls under one of the INA 237 grounds "
                 "(criminal, security, status violations and others), and so can be removed.",
        legal="INA 237(a), 8 U.S.C. 1227(a), opening words:",
        quote="Any alien (including an alien crewman) in and admitted to the United States shall, "
              "upon the order of the Attorney General, be removed if the alien is within one or "
              "more of the following classes of deportable aliens:",
        quote_cite="8 U.S.C. 1227(a)",
        sources=("S300",),
        in_order=r"237\(a\)",
    ),
    Entry(
        term="removable",
        aliases=("removability",),
        plain="The umbrella word: a person the law allows the government to send out of the "
              "country. Never let in? Check the inadmissibility list. Let in? Check the "
              "deportability list.",
        standard="Inadmissible (for a person never admitted) or deportable (for a person who was "
                 "admitted). The order's directives reach \"removable aliens\"; only Congress "
                 "writes the grounds that make someone removable.",
        legal="INA 240(e)(2), 8 U.S.C. 1229a(e)(2), in INA numbering:",
        quote="The term 'removable' means— (A) in the case of an alien not admitted to the United "
              "States, that the alien is inadmissible under section 212, or (B) in the case of an "
              "alien admitted to the United States, that the alien is deportable under section 237.",
        quote_cite="INA 240(e)(2)",
        sources=("S301",),
        in_order=r"\bremovable\b",
        note="The U.S. Code prints \"section 1182\" and \"section 1227\" where the INA says 212 "
             "and 237.",
    ),
    Entry(
        term="removal",
        aliases=("deportation", "deport", "deported", "removal proceedings", "removed",
                 "section 240", "ina 240"),
        plain="Being officially sent out of the United States under an order. Many people call it "
              "deportation.",
        standard="The formal expulsion of a noncitizen under a removal order. An immigration judge "
                 "usually decides, in \"removal proceedings\" under INA 240, whether a person is "
                 "removable.",
        legal="INA 240, 8 U.S.C. 1229a (removal proceedings). Paraphrase; no passage of the "
              "section's procedure is quoted here.",
        quote="",
        quote_cite="",
        sources=("S301",),
        in_order=r"\bremoval\b",
    ),
    Entry(
        term="immigration judge",
        aliases=("ij", "board of immigration appeals", "bia", "immigration court"),
        plain="The judge who hears a removal case. A person can appeal the judge's decision to a "
              "board called the BIA.",
        standard="Immigration judges decide removal cases; the Board of Immigration Appeals (BIA) "
                 "hears appeals from their orders.",
        legal="8 C.F.R. 241.1 (2003 edition; now 8 C.F.R. 1241.1):",
        quote="An order of removal made by the immigration judge at the conclusion of proceedings "
              "under section 240 of the Act shall become final: (a) Upon dismissal of an appeal by "
              "the Board of Immigration Appeals;",
        quote_cite="8 C.F.R. 241.1 (2003)",
        sources=("S302",),
    ),
    Entry(
        term="final order of removal",
        aliases=("final order", "final removal order", "order of removal", "removal order"),
        plain="A removal order that can no longer be appealed inside the immigration system.",
        standard="A removal order that has become final because the BIA decided the appeal, the "
                 "person waived appeal, or the time to appeal ran out.",
        legal="8 U.S.C. 1101(a)(47)(B), on when an order becomes final:",
        quote="(B) The order described under subparagraph (A) shall become final upon the earlier "
              "of— (i) a determination by the Board of Immigration Appeals affirming such order; or "
              "(ii) the expiration of the period in which the alien is permitted to seek review of "
              "such order by the Board of Immigration Appeals.",
        quote_cite="8 U.S.C. 1101(a)(47)(B)",
        sources=("S297", "S302"),
        in_order=r"final order of removal",
        note="The regulation, 8 C.F.R. 1241.1, adds waiver of appeal and other cases; the course "
             "quotes its 2003 edition, so check the current text.",
    ),
    Entry(
        term="expedited removal",
        aliases=("expedited", "fast-track removal", "235(b)(1)"),
        plain="A fast process: an immigration officer, not a judge, orders some people removed "
              "without a hearing, unless they ask for asylum or say they fear persecution.",
        standard="A process under INA 235(b)(1) in which an immigration officer orders certain "
                 "inadmissible noncitizens removed without a hearing before an immigration judge, "
                 "unless they say they intend to apply for asylum or fear persecution.",
        legal="INA 235(b)(1)(A)(i), 8 U.S.C. 1225(b)(1)(A)(i), opening:",
        quote="If an immigration officer determines that an alien (other than an alien described "
              "in subparagraph (F)) who is arriving in the United States or is described in clause "
              "(iii) is inadmissible under section 1182(a)(6)(C) or 1182(a)(7) of this title, the "
              "officer shall order the alien removed from the United States without further hearing",
        quote_cite="8 U.S.C. 1225(b)(1)(A)(i)",
        sources=("S299",),
        note="The clause goes on (paraphrase): or review, unless the person says they intend to "
             "apply for asylum or fear persecution.",
    ),
    Entry(
        term="voluntary departure",
        aliases=("240b", "ina 240b", "depart voluntarily"),
        plain="Permission to leave the country on your own, at your own cost, by a deadline, "
              "instead of being formally removed.",
        standard="Permission under INA 240B to leave at one's own expense by a set date instead "
                 "of being removed; failing to leave on time brings a civil penalty and bars on "
                 "some relief.",
        legal="INA 240B, 8 U.S.C. 1229c. Paraphrase; the section is not quoted here.",
        quote="",
        quote_cite="",
        sources=("S308",),
    ),
    Entry(
        term="aggravated felony",
        aliases=("aggravated felonies", "1101(a)(43)"),
        plain="A list of crimes in immigration law that bring very serious immigration "
              "consequences.",
        standard="A category of crimes listed in 8 U.S.C. 1101(a)(43); a conviction after "
                 "admission makes a noncitizen deportable.",
        legal="8 U.S.C. 1101(a)(43) lists the crimes (list not quoted here); INA 237(a)(2)(A)(iii):",
        quote="Any alien who is convicted of an aggravated felony at any time after admission is "
              "deportable.",
        quote_cite="8 U.S.C. 1227(a)(2)(A)(iii)",
        sources=("S297", "S300"),
    ),
    Entry(
        term="crime involving moral turpitude",
        aliases=("moral turpitude", "cimt"),
        plain="A kind of crime the immigration law names as a reason a person can be refused entry.",
        standard="A category of crime the INA names among the criminal grounds of inadmissibility "
                 "(INA 212(a)(2)) and deportability (INA 237(a)(2)).",
        legal="INA 212(a)(2)(A)(i)(I), 8 U.S.C. 1182(a)(2)(A)(i)(I):",
        quote="any alien convicted of, or who admits having committed, or who admits committing "
              "acts which constitute the essential elements of a crime involving moral turpitude "
              "(other than a purely political offense) or an attempt or conspiracy to commit such "
              "a crime",
        quote_cite="8 U.S.C. 1182(a)(2)(A)(i)(I)",
        sources=("S298", "S300"),
        note="The statute goes on to say such a person \"is inadmissible\".",
    ),
    Entry(
        term="detainer",
        aliases=("detainers", "immigration detainer", "ice detainer", "i-247", "form i-247",
                 "hold", "287.7"),
        plain="A written request from immigration officers (ICE) to a jail: tell us before you "
              "release this person, and sometimes hold them a short time so we can pick them up.",
        standard="A request (DHS Form I-247) asking a jail to notify ICE before releasing a person "
                 "and, in some cases, to hold the person up to 48 hours, not counting weekends and "
                 "holidays, so ICE can take custody.",
        legal="8 C.F.R. 287.7(a), 1997 text:",
        quote="The detainer is a request that such agency advise the Service, prior to release of "
              "the alien, in order for the Service to arrange to assume custody, in situations when "
              "gaining immediate physical custody is either impracticable or impossible.",
        quote_cite="8 C.F.R. 287.7(a) (1997)",
        sources=("S305",),
        in_order=r"\bdetainers?\b",
        note="Current versions say \"Department\" where the 1997 text says \"Service\"; check the "
             "current regulation.",
    ),
    Entry(
        term="287(g) agreement",
        aliases=("287g", "287 g", "287(g)", "section 287(g)", "1357(g)", "287(g) agreements",
                 "federal-state agreement"),
        plain="A deal a state, county or city can choose to sign so its trained officers do some "
              "immigration-officer work under federal supervision. No one has to sign.",
        standard="A voluntary written agreement under INA 287(g) under which trained state or local "
                 "officers perform certain functions of an immigration officer, at their own "
                 "government's expense and as far as state and local law allows.",
        legal="INA 287(g)(1) and (g)(9), 8 U.S.C. 1357(g):",
        quote="(9) Nothing in this subsection shall be construed to require any State or political "
              "subdivision of a State to enter into an agreement with the Attorney General under "
              "this subsection.",
        quote_cite="INA 287(g)(9)",
        sources=("S303",),
        in_order=r"287\(g\)",
        note="(g)(1) lets the Attorney General (today, in practice, the Secretary of Homeland "
             "Security) make such agreements \"to the extent consistent with State and local law\".",
    ),
    Entry(
        term="sanctuary jurisdiction",
        aliases=("sanctuary", "sanctuary city", "sanctuary cities", "sanctuary jurisdictions",
                 "sanctuary state"),
        plain="A label for a state, county or city that limits how it helps federal immigration "
              "enforcement. Different documents define it differently.",
        standard="A label whose meaning depends on who is using it. EO 13768 defined it for its "
                 "own purposes as a jurisdiction that willfully refuses to comply with 8 U.S.C. "
                 "1373; a 2025 order instead called for a list of places that \"obstruct the "
                 "enforcement of Federal immigration laws\".",
        legal="EO 13768, Sec. 9(a) (the order's own definition):",
        quote="jurisdictions that willfully refuse to comply with 8 U.S.C. 1373 (sanctuary "
              "jurisdictions)",
        quote_cite="EO 13768, Sec. 9(a)",
        sources=("S136", "S145"),
        in_order=r"[Ss]anctuary jurisdictions?",
    ),
    Entry(
        term="8 U.S.C. 1373",
        aliases=("1373", "section 1373", "information sharing", "iirira 642"),
        plain="A federal law that says state and local governments may not stop their officials "
              "from sharing a person's immigration status with federal immigration officers. It "
              "does not make anyone share.",
        standard="A 1996 statute barring federal, state and local governments from prohibiting or "
                 "restricting the sending or receiving of citizenship or immigration-status "
                 "information; it does not itself require sharing or require jails to hold anyone.",
        legal="8 U.S.C. 1373(a):",
        quote="Notwithstanding any other provision of Federal, State, or local law, a Federal, "
              "State, or local government entity or official may not prohibit, or in any way "
              "restrict, any government entity or official from sending to, or receiving from, the "
              "Immigration and Naturalization Service information regarding the citizenship or "
              "immigration status, lawful or unlawful, of any individual.",
        quote_cite="8 U.S.C. 1373(a)",
        sources=("S304",),
        in_order=r"8 U\.S\.C\. 1373",
    ),
    Entry(
        term="Secure Communities",
        aliases=("secure communities", "pep", "priority enforcement program"),
        plain="Programs that check fingerprints taken when someone is booked into a local jail "
              "against federal immigration records.",
        standard="Programs that let ICE identify removable people booked into local jails. A "
                 "November 20, 2014 DHS memo replaced Secure Communities with the Priority "
                 "Enforcement Program (PEP), in effect from January 5, 2015; Sec. 10(a) of the "
                 "order told DHS to end PEP and bring Secure Communities back.",
        legal="DHS memorandum of February 20, 2017 (Secretary Kelly), carrying out Sec. 10(a):",
        quote="Effective immediately, the Priority Enforcement Program is terminated and the "
              "Secure Communities Program shall be restored.",
        quote_cite="DHS memorandum, February 20, 2017",
        sources=("S146", "S244", "S183", "S136"),
        in_order=r"Secure Communities|Priority Enforcement Program",
    ),
    Entry(
        term="recalcitrant country",
        aliases=("recalcitrant", "recalcitrant countries", "uncooperative country", "243(d)",
                 "visa sanctions"),
        plain="A country that refuses or delays taking back its own citizens whom the United States "
              "has ordered removed.",
        standard="ICE's label for a country that systematically refuses or delays accepting its "
                 "nationals ordered removed; INA 243(d) lets the government stop issuing visas to "
                 "that country's people until it cooperates.",
        legal="INA 243(d), 8 U.S.C. 1253(d):",
        quote="On being notified by the Attorney General that the government of a foreign country "
              "denies or unreasonably delays accepting an alien who is a citizen, subject, "
              "national, or resident of that country after the Attorney General asks whether the "
              "government will accept the alien under this section, the Secretary of State shall "
              "order consular officers in that foreign country to discontinue granting immigrant "
              "visas or nonimmigrant visas, or both, to citizens, subjects, nationals, and "
              "residents of that country until the Attorney General notifies the Secretary that "
              "the country has accepted the alien.",
        quote_cite="8 U.S.C. 1253(d)",
        sources=("S99", "S306"),
        in_order=r"Recalcitrant",
    ),
    Entry(
        term="executive order",
        aliases=("eo", "executive orders", "order"),
        plain="A written instruction from the President to people who work in the executive "
              "branch.",
        standard="A written directive from the President to executive-branch officials about how "
                 "to carry out their duties. It rests on the Constitution or a statute; EO 13768 "
                 "names both in its first sentence.",
        legal="EO 13768, opening words:",
        quote="By the authority vested in me as President by the Constitution and the laws of the "
              "United States of America",
        quote_cite="82 FR 8799",
        sources=("S136", "S347"),
    ),
    Entry(
        term="Take Care Clause",
        aliases=("take care", "faithfully executed", "article ii section 3", "art. ii, sec. 3",
                 "faithful execution"),
        plain="A line in the Constitution that says the President must make sure the laws are "
              "carried out.",
        standard="The President's duty, in Article II, Section 3, to see that federal laws are "
                 "faithfully executed. Sec. 2(a) of the order cites it.",
        legal="U.S. Const. art. II, sec. 3 (last clauses):",
        quote="he shall take Care that the Laws be faithfully executed, and shall Commission all "
              "the Officers of the United States.",
        quote_cite="U.S. Const. art. II, sec. 3",
        sources=("S293",),
        in_order=r"Article II, Section 3",
    ),
    Entry(
        term="oath of office",
        aliases=("oath", "3331", "5 u.s.c. 3331", "section 3331"),
        plain="The promise federal officers make when they start the job: to support the "
              "Constitution and do the job faithfully.",
        standard="The oath that every federal civil-service and uniformed-service officer except "
                 "the President takes under 5 U.S.C. 3331. Sec. 2(a) of the order cites it.",
        legal="5 U.S.C. 3331 (opening):",
        quote="An individual, except the President, elected or appointed to an office of honor or "
              "profit in the civil service or uniformed services, shall take the following oath:",
        quote_cite="5 U.S.C. 3331",
        sources=("S309",),
        in_order=r"section 3331 of title 5",
    ),
    Entry(
        term="appropriations",
        aliases=("appropriation", "availability of appropriations", "power of the purse",
                 "appropriations clause"),
        plain="Money Congress has approved by law for the government to spend.",
        standard="Spending authority that Congress grants by law. Under the Appropriations Clause "
                 "no money leaves the Treasury without one, which is why the order is carried out "
                 "\"subject to the availability of appropriations\".",
        legal="U.S. Const. art. I, sec. 9, cl. 7:",
        quote="No Money shall be drawn from the Treasury, but in Consequence of Appropriations made "
              "by Law;",
        quote_cite="U.S. Const. art. I, sec. 9, cl. 7",
        sources=("S295",),
        in_order=r"availability of appropriations",
    ),
    Entry(
        term="commandeering",
        aliases=("anti-commandeering", "anticommandeering", "tenth amendment", "10th amendment"),
        plain="The rule that the federal government cannot order state or local governments to "
              "carry out federal programs.",
        standard="The constitutional rule, built by the Supreme Court from the Tenth Amendment and "
                 "the Constitution's structure, that Congress cannot order states to legislate or "
                 "order state and local officers to administer federal programs (New York v. "
                 "United States, 1992; Printz v. United States, 1997).",
        legal="U.S. Const. amend. X (the cases build on it):",
        quote="The powers not delegated to the United States by the Constitution, nor prohibited "
              "by it to the States, are reserved to the States respectively, or to the people.",
        quote_cite="U.S. Const. amend. X",
        sources=("S296", "S313", "S314"),
    ),
    Entry(
        term="preemption",
        aliases=("preempted", "preempt", "supremacy"),
        plain="When a valid federal law wins over a state law that conflicts with it.",
        standard="The principle that valid federal law overrides conflicting state law. In Arizona "
                 "v. United States (2012) the Supreme Court held that federal immigration law "
                 "preempted three parts of an Arizona statute.",
        legal="Arizona v. United States, 567 U.S. 387 (2012). No passage is quoted here.",
        quote="",
        quote_cite="",
        sources=("S318",),
    ),
    Entry(
        term="Privacy Act individual",
        aliases=("privacy act", "individual", "552a"),
        plain="Under the Privacy Act, only U.S. citizens and green-card holders count as protected "
              "\"individuals\".",
        standard="The Privacy Act of 1974 protects records about an \"individual\", which it defines "
                 "as a U.S. citizen or a lawful permanent resident. Sec. 14 of the order concerns "
                 "this definition.",
        legal="5 U.S.C. 552a(a)(2):",
        quote="the term 'individual' means a citizen of the United States or an alien lawfully "
              "admitted for permanent residence;",
        quote_cite="5 U.S.C. 552a(a)(2)",
        sources=("S310",),
        in_order=r"Privacy Act",
    ),
)


@dataclass(frozen=True)
class Usage:
    """Who uses a contested word, where, and (if they said) why. Attributed, never endorsed."""

    word: str
    who: str
    example: str
    sources: tuple[str, ...]


#: Who uses which word, as the course's sources document it. Nothing here is a ruling
#: on which word is right; each row says only who used a word, where.
USAGE: tuple[Usage, ...] = (
    Usage("alien", "Congress, in the Immigration and Nationality Act",
          "8 U.S.C. 1101(a)(3) defines \"alien\" as any person not a citizen or national of "
          "the United States.", ("S297",)),
    Usage("alien", "EO 13768 (2017)",
          "The order uses the statute's word throughout, including \"removable aliens\" and "
          "\"criminal aliens\" (Secs. 10(c), 13 and 16).", ("S136",)),
    Usage("noncitizen", "DHS under Secretary Mayorkas (2021 enforcement guidelines)",
          "\"The fact an individual is a removable noncitizen will not alone be the basis of an "
          "enforcement action against them.\"", ("S186",)),
    Usage("undocumented", "DHS under Secretary Johnson (November 20, 2014 memo)",
          "The memo's title: \"Policies for the Apprehension, Detention and Removal of "
          "Undocumented Immigrants\".", ("S178",)),
    Usage("undocumented", "Educators who work with immigrant students (Harvard Graduate "
          "School of Education article)",
          "Recommend \"undocumented\" and \"immigrant\" and avoiding \"illegals\" and \"alien\".",
          ("S456",)),
    Usage("illegal", "The Department of Justice under Attorney General Sessions (2017)",
          "A May 2, 2017 DOJ release said: \"Illegal aliens who commit additional crimes in the "
          "United States are a threat to public safety and a burden on ...\"", ("S130",)),
    Usage("illegal", "The Associated Press Stylebook (2013 change, as reported)",
          "Limits \"illegal\" to describing actions, not people, and discourages \"undocumented\" "
          "except in quotations.", ("S459", "S460")),
    Usage("unauthorized", "The American Immigration Lawyers Association (AILA), criticizing "
          "the order in 2017",
          "\"The order defines enforcement priorities extremely broadly, placing all "
          "unauthorized individuals at risk of deportation\".", ("S169",)),
)


# -- lookup -------------------------------------------------------------------------

def _key(text: str) -> str:
    """Normalise for matching: lower case, letters and digits only, single spaces.

    >>> _key("  287(G) Agreement! ")
    '287 g agreement'
    """
    return " ".join(re.sub(r"[^a-z0-9]+", " ", str(text).lower()).split())


@functools.cache
def _index() -> dict[str, Entry]:
    index: dict[str, Entry] = {}
    for entry in ENTRIES:
        for name in (entry.term, *entry.aliases):
            index.setdefault(_key(name), entry)
    return index


def terms() -> tuple[str, ...]:
    """Every term, in the glossary's order.

    >>> terms()[:3]
    ('alien', 'noncitizen', 'lawful permanent resident')
    """
    return tuple(e.term for e in ENTRIES)


@dataclass(frozen=True)
class Lookup:
    """The result of a lookup: the entry found (or ``None``) and a message for the reader."""

    query: str
    entry: Entry | None
    suggestions: tuple[str, ...]
    message: str


def lookup(query: object) -> Lookup:
    """Find a term, tolerating case, punctuation, aliases and small typos. Never raises.

    >>> lookup("DEPORTATION").entry.term
    'removal'
    >>> lookup("").message
    'Type a term, for example "removable".'
    >>> lookup("xyzzy").entry is None
    True
    """
    try:
        text = "" if query is None else str(query)
    except Exception:  # a student's object whose str() fails
        text = ""
    key = _key(text)
    if not key:
        return Lookup(text, None, (), 'Type a term, for example "removable".')
    index = _index()
    if key in index:
        entry = index[key]
        return Lookup(text, entry, (), f"Showing \"{entry.term}\".")
    # A whole word typed inside a longer term ("sanctuary" -> "sanctuary jurisdiction").
    contained = [name for name in index if len(key) >= 4 and re.search(rf"\b{re.escape(key)}\b", name)]
    close = contained or difflib.get_close_matches(key, list(index), n=3, cutoff=0.75)
    if close:
        entry = index[close[0]]
        others = tuple(dict.fromkeys(index[c].term for c in close[1:] if index[c] is not entry))
        note = f" Also close: {', '.join(others)}." if others else ""
        return Lookup(text, entry, others, f"No exact match for \"{text.strip()}\"; showing "
                                           f"\"{entry.term}\".{note}")
    loose = difflib.get_close_matches(key, list(index), n=3, cutoff=0.5)
    suggestions = tuple(dict.fromkeys(index[c].term for c in loose))
    hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
    return Lookup(text, None, suggestions,
                  f"\"{text.strip()}\" is not in this glossary.{hint} Pick a term from the list.")


def used_in(entry: Entry) -> tuple[int, ...]:
    """The sections of the order whose official text uses the term.

    >>> used_in(lookup("detainer").entry)
    (9,)
    """
    if not entry.in_order:
        return ()
    from course import order

    return tuple(s.number for s in order.sections() if re.search(entry.in_order, s.text))


def _sections_text(numbers: tuple[int, ...]) -> str:
    if not numbers:
        return "The order does not use this word itself."
    return "The order uses it in Sec. " + ", ".join(str(n) for n in numbers) + "."


def define(query: object, level: object = "plain") -> Rich:
    """One term at one level, as HTML with a text fallback. Never raises.

    >>> print(define("alien", "plain").text.splitlines()[0])
    alien (plain words)
    """
    level = level if isinstance(level, str) and level in LEVELS else "plain"
    found = lookup(query)
    if found.entry is None:
        return Rich(f'<div class="glossary" role="status"><p>{esc(found.message)}</p></div>',
                    found.message)
    e = found.entry
    heading = f"{e.term} ({LEVELS[level]})"
    ids = "; ".join(e.sources)
    where = _sections_text(used_in(e))
    lead = "" if found.message.startswith("Showing") else found.message
    body = esc(e.text(level))
    if level == "legal" and e.quote:
        body = (f"{esc(e.legal)}<blockquote>{esc(e.quote)}</blockquote>"
                f"<small>{esc(e.quote_cite)}</small>" + (f"<p>{esc(e.note)}</p>" if e.note else ""))
    html = ('<div class="glossary" role="region" aria-live="polite">'
            + (f"<p><em>{esc(lead)}</em></p>" if lead else "")
            + f"<p><strong>{esc(heading)}</strong></p><div>{body}</div>"
            f'<p><small>{esc(where)} <span class="citation">[{esc(ids)}]</span></small></p></div>')
    text = "\n".join(x for x in (heading, lead, e.text(level), f"{where} [{ids}]") if x)
    return Rich(html, text)


def glossary_table(levels: tuple[str, ...] = ("plain", "standard", "legal")) -> Rich:
    """Every term at the chosen levels: the static version of the glossary widget."""
    levels = tuple(lv for lv in levels if lv in LEVELS) or ("plain",)
    head = "".join(f"<th scope='col' {_LEFT}>{esc(LEVELS[lv].capitalize())}</th>" for lv in levels)
    rows, lines = [], ["Glossary (" + ", ".join(LEVELS[lv] for lv in levels) + ")"]
    for e in ENTRIES:
        cells = "".join(f"<td {_LEFT}>{esc(e.text(lv))}</td>" for lv in levels)
        ids = "; ".join(e.sources)
        rows.append(f"<tr><th scope='row' {_LEFT}>{esc(e.term)}</th>{cells}"
                    f"<td {_LEFT}><span class='citation'>[{esc(ids)}]</span></td></tr>")
        lines.append(f"- {e.term}: " + " | ".join(e.text(lv) for lv in levels) + f" [{ids}]")
    html = (f"<table class='glossary-table'><caption>Glossary</caption><thead><tr>"
            f"<th scope='col' {_LEFT}>Term</th>{head}<th scope='col' {_LEFT}>Sources</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")
    return Rich(html, "\n".join(lines))


def usage_table() -> Rich:
    """Who uses which contested word: attributed, sourced, and with no verdict.

    >>> usage_table().text.splitlines()[0]
    'Who uses which word (attributed; the course does not choose one)'
    """
    heading = "Who uses which word (attributed; the course does not choose one)"
    rows, lines = [], [heading]
    for u in USAGE:
        ids = "; ".join(u.sources)
        rows.append(f"<tr><th scope='row' {_LEFT}>{esc(u.word)}</th><td {_LEFT}>{esc(u.who)}</td>"
                    f"<td {_LEFT}>{esc(u.example)}</td>"
                    f"<td {_LEFT}><span class='citation'>[{esc(ids)}]</span></td></tr>")
        lines.append(f"- \"{u.word}\": {u.who}. {u.example} [{ids}]")
    html = (f"<table class='usage-table'><caption>{esc(heading)}</caption><thead><tr>"
            + "".join(f"<th scope='col' {_LEFT}>{h}</th>"
                      for h in ("Word", "Who uses it", "Where", "Source"))
            + "</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")
    return Rich(html, "\n".join(lines))


def widget(term: str = "removable", level: str = "plain"):
    """The interactive glossary: a Term combobox, a Level toggle and the definition.

    The returned ``VBox`` has ``.term``, ``.level`` and ``.output`` attributes so tests
    can drive it from code.
    """
    import ipywidgets as w

    from course.widgets import linked_view

    term_box = w.Combobox(options=list(terms()), value=term, description="Term",
                          placeholder="Type or pick a term", ensure_option=False)
    level_box = w.ToggleButtons(options=[(LEVELS[k].capitalize(), k) for k in LEVELS],
                                value=level, description="Level")
    return linked_view({"term": term_box, "level": level_box}, define)
