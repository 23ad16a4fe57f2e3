"""PDF writers of the commune's official documents in the Nghị định 30/2020 format.

Content records in (``tcns_desktop.domain.document_records``), file out; no database, no Qt.
"""
