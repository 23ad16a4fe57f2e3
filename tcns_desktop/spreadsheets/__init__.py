"""Spreadsheet layer: reads clerks' roster files (.xlsx, .xls, .csv) into raw rows and writes
roster workbooks back out.

It knows workbook layouts (title rows, merged headers, group and footer rows, hidden record-id
column) but not the rules of the domain: values come back exactly as stored, each with its cell's
font name and number format, and the services layer decodes legacy text, validates and saves.
No database, no Qt. Nothing is imported here so that ``import tcns_desktop.spreadsheets`` stays
free: openpyxl and xlrd are loaded only by the modules that need them.
"""
