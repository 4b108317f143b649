"""US states by their abbreviations: the AP's ("Neb.", "W.Va.") and the postal codes
("NE", "WV"), as news writes them after a member of Congress ("Ben Sasse, R-Neb.")."""

from __future__ import annotations

# (state, postal code, AP abbreviation; None where the AP writes the name out)
_STATES = (
    ("Alabama", "AL", "Ala."), ("Alaska", "AK", None), ("Arizona", "AZ", "Ariz."),
    ("Arkansas", "AR", "Ark."), ("California", "CA", "Calif."), ("Colorado", "CO", "Colo."),
    ("Connecticut", "CT", "Conn."), ("Delaware", "DE", "Del."), ("Florida", "FL", "Fla."),
    ("Georgia", "GA", "Ga."), ("Hawaii", "HI", None), ("Idaho", "ID", None),
    ("Illinois", "IL", "Ill."), ("Indiana", "IN", "Ind."), ("Iowa", "IA", None),
    ("Kansas", "KS", "Kan."), ("Kentucky", "KY", "Ky."), ("Louisiana", "LA", "La."),
    ("Maine", "ME", None), ("Maryland", "MD", "Md."), ("Massachusetts", "MA", "Mass."),
    ("Michigan", "MI", "Mich."), ("Minnesota", "MN", "Minn."), ("Mississippi", "MS", "Miss."),
    ("Missouri", "MO", "Mo."), ("Montana", "MT", "Mont."), ("Nebraska", "NE", "Neb."),
    ("Nevada", "NV", "Nev."), ("New Hampshire", "NH", "N.H."), ("New Jersey", "NJ", "N.J."),
    ("New Mexico", "NM", "N.M."), ("New York", "NY", "N.Y."), ("North Carolina", "NC", "N.C."),
    ("North Dakota", "ND", "N.D."), ("Ohio", "OH", None), ("Oklahoma", "OK", "Okla."),
    ("Oregon", "OR", "Ore."), ("Pennsylvania", "PA", "Pa."), ("Rhode Island", "RI", "R.I."),
    ("South Carolina", "SC", "S.C."), ("South Dakota", "SD", "S.D."),
    ("Tennessee", "TN", "Tenn."), ("Texas", "TX", None), ("Utah", "UT", None),
    ("Vermont", "VT", "Vt."), ("Virginia", "VA", "Va."), ("Washington State", "WA", "Wash."),
    ("West Virginia", "WV", "W.Va."), ("Wisconsin", "WI", "Wis."), ("Wyoming", "WY", "Wyo."),
    ("District of Columbia", "DC", "D.C."),
)  # fmt: skip

STATE_BY_ABBREVIATION: dict[str, str] = {
    abbreviation: state
    for state, postal, ap in _STATES
    for abbreviation in (postal, ap)
    if abbreviation is not None
}
