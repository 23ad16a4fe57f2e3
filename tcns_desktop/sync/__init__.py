"""The sync bundle format v1: container, manifest, signatures, encryption, row validation."""
