#!/usr/bin/env python3
# check-ics.py — reads an .ics file with an independent parser (Debian's
# python3-icalendar) and prints one line per event, so the C test can check
# that what Livstråd writes is what other programs read.  Usage: check-ics.py FILE
import sys
from datetime import timezone

from icalendar import Calendar


def when(component, name):
    value = component.get(name)
    if value is None:
        return "-"
    moment = value.dt
    if hasattr(moment, "tzinfo") and moment.tzinfo is not None:
        # In UTC, so the check does not depend on this machine's zone; and
        # the zone the file named.
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") + "@" + str(moment.tzinfo)
    return moment.isoformat()


def main(path):
    with open(path, "rb") as f:
        calendar = Calendar.from_ical(f.read())
    for event in calendar.walk("VEVENT"):
        exdates = []
        for exdate in event.get("EXDATE", []) if isinstance(event.get("EXDATE"), list) else (
                [event["EXDATE"]] if "EXDATE" in event else []):
            exdates += [d.dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for d in exdate.dts]
        rrule = event.get("RRULE")
        print("|".join([
            str(event.get("SUMMARY")),
            when(event, "DTSTART"),
            when(event, "DTEND"),
            rrule.to_ical().decode() if rrule else "-",
            ",".join(exdates) or "-",
            when(event, "RECURRENCE-ID"),
            str(event.get("STATUS", "-")),
            str(event.get("LOCATION", "-")),
        ]))


if __name__ == "__main__":
    main(sys.argv[1])
