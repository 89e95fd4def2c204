"""Publishing: events -> what subscribers read.

``ics`` writes the iCalendar feeds, ``fallback`` the NCTS emergency-procedure digest they
carry, ``api`` the JSON shapes of the API and the static build.
"""
