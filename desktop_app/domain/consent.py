"""Consents (*Einwilligung*, *Schweigepflichtentbindung*): whose they are, on which days they are
valid, and which recipients they cover. Pure rules over consent payloads; no Qt, no vault.

A consent is **valid on a day** when it was given on or before that day and is not revoked by
it: a revocation dated D ends the consent from D on (D itself included), so a backdated
revocation makes it invalid from that earlier day. A consent **belongs to a person** when its
``person_id`` names them; one without a ``person_id`` (older versions) belongs to the main client.
A consent **covers a recipient** when every word of its own ``recipient`` appears among the words
of the recipient's name (letters compared without case, *ä*/*ae*, *ß*/*ss* alike): a consent for
"Jobcenter" covers "Jobcenter Esslingen", one for "Jobcenter Esslingen" does not cover
"Jobcenter Stuttgart". A consent without a recipient covers no named recipient. The scope is
free text and is not compared (docs/RECORDS.md, *consent*).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from desktop_app.domain.dates import day_of
from desktop_app.domain.record import Record
from desktop_app.domain.validation import FieldError

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WORD = re.compile(r"[^\W_]+")


def valid_on(payload: Mapping[str, object], day: date) -> bool:
    """Given on or before ``day`` and not revoked on or before it."""
    given, revoked = day_of(payload.get("given_on")), day_of(payload.get("revoked_on"))
    return given is not None and given <= day and (revoked is None or revoked > day)


def belongs_to(payload: Mapping[str, object], person_id: str, main_person_id: str | None) -> bool:
    """The consent is ``person_id``'s (one naming nobody is the main client's)."""
    owner = payload.get("person_id") or main_person_id
    return bool(owner) and owner == person_id


def words(text: object) -> frozenset[str]:
    """The words of a name, folded for comparison (``Bürgeramt`` → ``buergeramt``)."""
    return frozenset(_WORD.findall(str(text or "").casefold().translate(_FOLD)))


def covers(payload: Mapping[str, object], recipient: str) -> bool:
    """Every word of the consent's recipient appears in ``recipient`` (see the module)."""
    own = words(payload.get("recipient"))
    return bool(own) and own <= words(recipient)


def covering(
    consents: Iterable[Record],
    person_id: str,
    main_person_id: str | None,
    recipient: str,
    day: date,
) -> Record | None:
    """A live consent of ``person_id`` valid on ``day`` that covers ``recipient`` (None: none)."""
    for record in consents:
        p = record.payload
        if record.kind != "consent" or record.deleted:
            continue
        if belongs_to(p, person_id, main_person_id) and valid_on(p, day) and covers(p, recipient):
            return record
    return None


def revocation_errors(given_on: object, revoked_on: object, today: date) -> list[FieldError]:
    """Why a revocation dated ``revoked_on`` cannot be recorded ``today`` (empty: it can). It
    may be backdated, but not before the consent was given nor after today."""
    revoked, given = day_of(revoked_on), day_of(given_on)
    if revoked is None:
        return [FieldError("revoked_on", "revoked_missing", "the revocation date is missing")]
    if revoked > today:
        return [FieldError("revoked_on", "revoked_in_future", f"revoked on {revoked}, after today")]
    if given is not None and revoked < given:
        return [FieldError("revoked_on", "revoked_before_given", "revoked before it was given")]
    return []


def referral_recipient(referral: Mapping[str, object], offers: Iterable[Record]) -> str | None:
    """The recipient a referral names: the one typed in it, else its offer's provider and title
    (None: it names none, e.g. a referral to no offer)."""
    typed = str(referral.get("recipient") or "").strip()
    if typed:
        return typed
    offer = next((o for o in offers if o.id == referral.get("offer_id")), None)
    if offer is None:
        return None
    named = " ".join(str(offer.payload.get(k) or "") for k in ("provider", "title")).strip()
    return named or None


def missing_consent(
    referral: Record,
    consents: Iterable[Record],
    offers: Iterable[Record],
    main_person_id: str | None,
    day: date,
) -> str | None:
    """The recipient ``referral`` names for which its person has no consent valid on ``day``
    that covers it (None: it names none, or one covers it). A referral without a person is
    the main client's."""
    recipient = referral_recipient(referral.payload, offers)
    person = str(referral.payload.get("person_id") or main_person_id or "")
    if recipient is None or referral.deleted:
        return None
    if covering(consents, person, main_person_id, recipient, day) is not None:
        return None
    return recipient
