"""What an action becomes when it is threatened, promised or refused (CAMEO's 13x, 03x
and 12x codes)."""

from __future__ import annotations

_THREATS = {
    "163": "1312",
    "162": "1311",
    "160": "131",
    "161": "1313",
    "164": "134",
    "165": "135",
    "166": "1313",
    "172": "132",
    "173": "137",
    "174": "137",
    "175": "137",
    "191": "1381",
    "192": "1382",
    "204": "1385",
}
_THREAT_ROOTS = {"14": "133", "17": "137", "18": "1383", "19": "138", "20": "1383"}

_REFUSALS = {"04": "125", "06": "121", "07": "122", "08": "124"}
# what a refusal of them rejects: cooperation, a meeting, aid, a concession
REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})

_INTENTS = {"045": "039", "046": "036"}
_INTENT_ROOTS = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}


def threat_code(action_code: str) -> str:
    """ "threatened to impose sanctions": 163 -> 1312; an attack -> 138; else 130."""
    if action_code in _THREATS:
        return _THREATS[action_code]
    return _THREAT_ROOTS.get(action_code[:2], "130")


def intent_code(action_code: str) -> str:
    """ "pledged to visit": 042 -> 036; aid -> 033; otherwise the action itself (marked intended)."""
    if action_code in _INTENTS:
        return _INTENTS[action_code]
    return _INTENT_ROOTS.get(action_code[:2], action_code)


def refusal_code(action_code: str) -> str:
    """ "refused to negotiate with Kabul": 046 -> 125; "declined to send arms": 07x -> 122."""
    return _REFUSALS.get(action_code[:2], "120")
