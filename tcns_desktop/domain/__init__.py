"""Plain-Python domain: enums, records, rules and Vietnamese text handling (no Qt, no database)."""
