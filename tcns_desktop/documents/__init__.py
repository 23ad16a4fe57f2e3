"""PDF documents in the Nghị định 30/2020/NĐ-CP format: records in, file out (reportlab)."""
