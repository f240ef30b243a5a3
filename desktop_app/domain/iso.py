"""ISO 3166-1 alpha-2 country and ISO 639 language codes (what validation accepts), and their
German names for the pickers (:mod:`desktop_app.domain.iso_names`).

Languages are ISO 639-1 codes, and ISO 639-3 codes for languages that have no ISO 639-1 code
(Dari ``prs``, Kurmandschi ``kmr``, Sorani ``ckb``, …). A person never types a code: the pickers
find a language by its German name, its code or its three-letter code (``pus`` → ``ps``).
"""

from __future__ import annotations

from desktop_app.domain.iso_names import COUNTRIES, LANGUAGES

_COUNTRIES = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK
"""

_LANGUAGES = """
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia
id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo
lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl
ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk
tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
"""

_LANGUAGES_639_3 = """
prs kmr ckb sdh zza apc arz ary acm haz bal tig rom kab mnk dyu sus kri
"""

COUNTRY_CODES: frozenset[str] = frozenset(_COUNTRIES.split())
"""ISO 3166-1 alpha-2, plus ``XK`` (Kosovo, in common use by German authorities)."""

LANGUAGE_CODES: frozenset[str] = frozenset(_LANGUAGES.split() + _LANGUAGES_639_3.split())
"""ISO 639-1, and ISO 639-3 for languages without an ISO 639-1 code."""

_LANGUAGE_ALIASES = {alias: code for code, (_name, alias) in LANGUAGES.items() if alias}


def country_name(code: str) -> str:
    """The German name of a country code (the code itself if it is none we know)."""
    return COUNTRIES.get(code.upper(), code)


def language_name(code: str) -> str:
    """The German name of a language code (the code itself if it is none we know)."""
    entry = LANGUAGES.get(code.lower())
    return entry[0] if entry else code


def country_code(text: str) -> str | None:
    """The code of a country typed as its German name or its code (None if neither)."""
    wanted = text.strip().casefold()
    if wanted.upper() in COUNTRY_CODES:
        return wanted.upper()
    return next((c for c, name in COUNTRIES.items() if name.casefold() == wanted), None)


def language_code(text: str) -> str | None:
    """The code of a language typed as its German name, its code or its three-letter code."""
    wanted = text.strip().casefold()
    if wanted in LANGUAGE_CODES:
        return wanted
    if wanted in _LANGUAGE_ALIASES:
        return _LANGUAGE_ALIASES[wanted]
    return next((c for c, (name, _a) in LANGUAGES.items() if name.casefold() == wanted), None)
