"""Compact text renderings of parse results, used as the expected side of case files."""

from __future__ import annotations

from communique.model import Communique


def render_structure(doc: Communique) -> str:
    """One line per structural element: title, date, furniture, headings, paragraphs, repairs."""
    lines = []
    if doc.title is not None:
        lines.append(f"title: {doc.title}")
    if doc.date is not None:
        lines.append(f"date: {doc.date}")
    lines.extend(f"furniture: {item.text}" for item in doc.boilerplate)
    for paragraph in doc.paragraphs:
        section = f" [{paragraph.section}]" if paragraph.section else ""
        lines.append(f"¶ {paragraph.number or '-'}{section}: {paragraph.text}")
    lines.extend(f"heading: {heading.text}" for heading in doc.headings)
    lines.extend(f"repair {repair.kind}: {repair.text!r}" for repair in doc.repairs)
    return "\n".join(lines)


def render_dates(doc: Communique) -> str:
    """One line per date mention: ``text | kind | value`` plus anchor and zone when set."""
    rows = []
    for date in doc.dates:
        row = f"{date.text} | {date.kind} | {date.value}"
        if date.anchor:
            row += f" | anchor={date.anchor}"
        if date.timezone:
            row += f" | zone={date.timezone}"
        rows.append(row)
    return "\n".join(rows)


def render_participants(doc: Communique) -> str:
    """Persons (name, role, affiliation, participation, mentions), parties, then aliases."""
    rows = []
    for person in doc.persons:
        took_part = "takes part" if person.participant else "mentioned"
        mentions = "; ".join(" ".join(m.text.split()) for m in person.mentions)
        fields = [person.name, str(person.role), str(person.affiliation), took_part, mentions]
        rows.append("person: " + " | ".join(fields))
    rows.extend(f"party: {party.name} ({party.code})" for party in doc.parties)
    for alias in doc.aliases:
        bound = ", ".join(alias.persons or alias.parties)
        rows.append(f"alias: {alias.text} = {bound} ({len(alias.mentions)} mentions)")
    return "\n".join(rows)


def render_agreements(doc: Communique) -> str:
    """Agreements (name, acronym, kind, mentions, dated statuses), then the acronym index."""
    rows = []
    for agreement in doc.agreements:
        mentions = "; ".join(" ".join(m.text.split()) for m in agreement.mentions)
        statuses = ", ".join(f"{s.status}@{s.date}" for s in agreement.status)
        fields = [agreement.name, str(agreement.acronym), agreement.kind, mentions]
        if statuses:
            fields.append(statuses)
        if agreement.body:
            fields.append(f"body={agreement.body}")
        rows.append("agreement: " + " | ".join(fields))
    rows.extend(f"acronym: {a.short} = {a.long}" for a in doc.acronyms)
    return "\n".join(rows)
