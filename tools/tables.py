"""What the data builders share: a file's SHA-256 and the hand-kept tab-separated tables of data/knowledge."""
import hashlib


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_table(path):
    """A hand-kept tab-separated file: '#' comments, a header line, rows of fields."""
    rows = []
    header = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            header = fields
            continue
        rows.append(dict(zip(header, fields + [""] * (len(header) - len(fields)))))
    return rows


def split_names(field):
    return [n.strip() for n in field.split("|") if n.strip()] if field and field != "-" else []
