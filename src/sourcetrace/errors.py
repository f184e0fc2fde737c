"""Exceptions and the coded message catalogue.

    SourcetraceError            base; every message starts with its code
    ├── InputError              the user's input cannot be read (exit code 2, one line, no traceback)
    └── PipelineError           the pipeline is built wrongly (a step needs what none assigns)
"""

from __future__ import annotations

from enum import StrEnum


class Errors(StrEnum):
    E001 = "{path}: no such file; check the path or pass '-' to read standard input"
    E002 = "{path}: is a directory; pass the files inside it, or store a folder's articles with 'sourcetrace ingest FOLDER'"
    E003 = "{path}: the file is empty; give an article with some text"
    E004 = "{path}: not UTF-8 text ({reason}); convert it to UTF-8, e.g. with iconv -t UTF-8"
    E005 = "{path}: looks binary, not text or HTML; give a plain-text or HTML article"
    E006 = "{path}: {size} bytes, over the limit of {limit} bytes for a text; split the file{or_raise}"
    E007 = "{path}: the HTML page has no main text that could be extracted; save the article text as plain text and pass that"
    E008 = "{path}: cannot read ({reason}); check the permissions"
    E009 = "--date {value!r} is not a date; use YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"
    E010 = "--lang {value!r} is not supported; use one of: {choices}"
    E011 = "several inputs need --output-dir DIR (or drop -o); got {count} inputs"
    E012 = ("{path}: a {kind} holds many articles, and analyze reads one; store them with "
            "'sourcetrace ingest {path}', then 'sourcetrace show ID' (ids: 'sourcetrace search WORDS')")
    E013 = ("{path}: is JSON, not an article; give the article's plain text or HTML "
            "(a feed of articles, one JSON object a line: 'sourcetrace ingest FILE.jsonl')")
    E014 = "{path}: not a readable gzip file ({reason}); check the file, or pass it uncompressed"
    E020 = "step {step!r} requires {needs!r}, which no earlier step assigns; reorder the pipeline"
    E021 = "unknown step {name!r}; registered steps: {choices}"
    E030 = "{path}: not found; point --data at the shared corpora (../shared/data)"
    E032 = ("--sentence-model: the model is not built ({path} is missing); build it with "
            "'python recipes/train_quote_sentences.py' (trains on de-news-quotes, CC BY-NC-SA 4.0: non-commercial use only)")
    E033 = "{path}: not a readable sentence model ({reason}); rebuild it with 'python recipes/train_quote_sentences.py'"
    E040 = "-o {path}: is a directory; give a file name, or use --output-dir for a folder"
    E041 = "-o {path}: the folder {folder} does not exist; create it first or choose another path"
    E042 = "{path}: cannot write there ({reason}); check the permissions or choose another path"
    E043 = "{path}: is also an input; writing the report would overwrite the article, choose another output path"
    E044 = "--output-dir {path}: cannot use it as the output folder ({reason}); choose another folder"
    E045 = "standard output is closed; redirect it to a file{or_file}"
    E046 = "standard input is closed, but '-' asks to read the article from it; pipe the article in or pass a file"
    E047 = "--format parquet writes a file; give -o FILE"
    E048 = "no document with id {id!r} in the store; 'sourcetrace search' finds ids"
    E049 = ("the store failed ({kind}: {reason}); check the database "
            "(an interrupted ingest resumes when run again)")
    E050 = "'serve' needs the 'web' extra ({missing} is missing); install it with: pip install 'sourcetrace[web]'"
    E051 = "--port {port}: give a port between 1 and 65535"
    E052 = "--max-bytes must be a positive number of bytes; leave it out for the default (see README: Time and input size)"
    E053 = ("the corpus commands need the 'corpus' extra ({missing} is missing); "
            "install it with: pip install 'sourcetrace[corpus]'")
    E054 = "{path}: no such file or folder; check the path"
    E055 = "{path}: cannot read (permission denied); check the permissions"
    E056 = "{path}: not a folder, .jsonl/.ndjson(.gz), .warc(.gz), .txt/.html(.gz) file or .parquet shard; give one of those"
    E057 = "settings file {path}: cannot read ({reason})"
    E058 = "settings file {path}: not valid TOML ({reason})"
    E059 = "settings file {path}: unknown setting(s) {unknown}; known: {known}"
    E060 = "setting {name} = {value!r} is not a whole number"
    E061 = "{url!r} is not a database URL; use sqlite:///FILE.db or postgresql://USER@HOST/DB"
    E062 = "{url}: only sqlite:/// and postgresql:// stores are supported"
    E063 = "an in-memory SQLite store keeps nothing; give a file: sqlite:///FILE.db"
    E064 = "{path}: no store there yet; run 'sourcetrace ingest INPUT --db {url}' first"
    E065 = "{path}: the folder {folder} does not exist"
    E066 = "{url}: cannot use this database ({reason})"
    E067 = "{url}: cannot connect ({reason}); check that the database server runs and the URL is right"
    E068 = "--{name} {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
    E069 = "search {query!r} failed: {reason}"
    E070 = "--engine ray needs the 'ray' extra (ray is missing); install it with: pip install 'sourcetrace[ray]'"
    E071 = "{what}; --out and --address go with --engine ray, and --db and --out exclude each other"
    E072 = "--out {path}: is a file; give a folder for the Parquet shards"
    E073 = "--workers {workers}: give at least 1 worker process"
    E074 = "link: {option} goes with --engine ray (the encodings on a Ray cluster); add --engine ray or drop it"
    E075 = "-o {path}: is a directory; give a file name"
    E076 = "--type {value!r} is not a source type; use one of: {choices}"
    E077 = "{host}:{port}: cannot listen there ({reason}); choose another --port (or --host), or stop what runs on it"
    E078 = "search: give words to search for, e.g. sourcetrace search \"Regierung Sprecher\""
    E079 = "setting {name} = {value}: {want} (the flag --{flag}, ${env} or the settings file)"
    E080 = "'-' (standard input) is given {count} times; it holds one article, so give it once"
    E090 = "cross-article linking needs the package {package!r}; install the extra: pip install 'sourcetrace[link]'"
    E091 = "unknown encoder {name!r}; use one of: {choices}"
    E092 = "no story {story!r}; list the stories with 'sourcetrace stories'"
    E093 = "conventions {value!r} are not known; use one of: {choices}"
    E094 = ("--outlet {outlet!r}: no document of this outlet in the store{hint}; the name must match exactly, "
            "'sourcetrace sources' lists the outlets")
    E095 = ("{url}: the store's tables could not be upgraded to this version ({reason}); the store is left as it "
            "was before the failing step: keep a copy, then report the message or open it with the version that wrote it")
    E096 = ("{path}: the HTML page is {size} bytes, over the limit of {limit} bytes for a page ({factor} × the "
            "limit for a text, room for its markup); save the article's text as plain text{or_raise}")
    E097 = ("{path}: the text of the HTML page is {size} bytes, over the limit of {limit} bytes for a text; "
            "save the part you need as plain text{or_raise}")
    E098 = ("{path}: the HTML page has {count} elements, over the limit of {limit} for a page (reading such markup "
            "takes minutes); save the article's text as plain text and analyse that")
    W001 = "{count} input(s) could not be analysed; see the list above"

    def format(self, *args: object, **kwargs: object) -> str:
        return f"[{self.name}] " + str(self.value).format(*args, **kwargs)


class SourcetraceError(Exception):
    """Base class of sourcetrace's own errors."""


class InputError(SourcetraceError):
    """The user's input cannot be analysed; the message says what to do."""


class PipelineError(SourcetraceError):
    """The pipeline is assembled wrongly."""
