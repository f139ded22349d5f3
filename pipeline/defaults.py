"""Defaults the command line shows in its help, kept apart from the heavy modules that use them so
that `brochure --help`, `schema`, `validate`, `diff` and `report` start fast."""

DEFAULT_TIMEOUT = 300.0
"""Seconds one document may take before it is stopped and reported as failed (code ``timeout``)."""

DEFAULT_MAX_PAGES = 200
"""Pages of a document read at most (``--max-pages``): a brochure has a handful; a 1,000-page report
would cost minutes and memory. The pages beyond are not read, and the record says so in a warning."""

DEFAULT_MAX_MEMORY_MB = 2048
"""Address space one worker process may use, in MB (``--max-memory``). A brochure needs about 300 MB
(most of it the libraries); a decompression bomb or a runaway reader ends at the cap as ``too_large``."""

MIN_MAX_MEMORY_MB = 512
"""The smallest cap that still lets a worker load its libraries and read a small brochure."""

PDF_READERS = ("pdfplumber", "pdfium")
"""The PDF readers: ``pdfplumber`` (pipeline.load.pdf, pdfminer.six underneath) and ``pdfium``
(pipeline.load.pdfium, PDFium: the same pages, several times faster; what it cannot read well it
hands to the pdfplumber reader)."""
DEFAULT_PDF_READER = "pdfium"
"""The PDF reader ``load`` uses unless told otherwise (``--reader``). PDFium reads pages without
tables about three times faster than pdfplumber, with the same lines (tests/load/test_pdfium.py
lists each difference and its reason), and on the 158 brochures of the zoo it scores as well or
better in every category (bullets 0.86 -> 0.90); what it cannot read well it hands to pdfplumber,
which stays the reference (``--reader pdfplumber``) and finds the tables."""

LABELLERS = ("rules", "model", "hybrid", "union")
"""Who decides which blocks are headings: the hand rules, or the block labeller trained on the zoo
(pipeline/structure/labeller.py; ``make train``)."""
DEFAULT_LABELLER = "rules"
"""The labeller the structure stage uses unless told otherwise. The model beats the rules on the zoo
held out by producer and by family (headings F1 PDF 0.86 -> 0.94, text 0.60 -> 0.80) and, with
the heading-shape gate, on the blind brochures (PDF 0.60 -> 0.62, text 0.41 -> 0.45), but it
loses headings and bullets of the samples and of the reference brochure (tests/test_sample_truth.py,
tests/test_reference_truth.py), which the zoo does not resemble: so the rules stay the default
(bench/labeller-cv.json; README "Block labeller")."""
DEFAULT_LABELLER_BY_INPUT = {"pdf": DEFAULT_LABELLER, "text": "union"}
"""The labeller used per kind of input (PDF and scans; plain text) when none is asked for, each
chosen by its own figures. Text: ``union`` (the rules' headings plus those the trees find; the trees
take none away). Held out (session 6, bench/train_labeller.py, rules / model / hybrid / union, by
producer): headings 0.865 / 0.885 / 0.896 / 0.872, bullets 0.888 / 0.896 / 0.896 / 0.888, paragraphs
0.845 / 0.820 / 0.833 / 0.852 (by family alike; pdfminer's text: headings 0.857 / .898 / .908 / .866,
paragraphs 0.883 / .838 / .853 / .891). The model and the hybrid lose paragraphs held out, and their
vetoes drop headings of the reference brochure and of the text samples (long sentence-case headings,
unlike the zoo's); the union wins or ties every role held out, keeps every sample's and the
reference's truth, and scores as the rules on the blind brochures (tests/blind4, text totals)."""
OCR_MODES = ("auto", "always", "never")
"""When pages are read by OCR (``--ocr``): ``auto`` the pages without a usable text layer and image
files, ``always`` every page, ``never`` none (a scan fails with ``no_text_layer``)."""
DEFAULT_OCR_MODE = "auto"
DEFAULT_OCR_LANGUAGE = "eng"
"""Tesseract's language(s) (``--ocr-lang``, "eng+fra" for two); each needs its model installed
(the ``tessdata.fast-<lang>`` package)."""
RELATION_STEPS = ("rules", "model", "hybrid", "fill")
"""Who reads a sentence for partnerships (pipeline.relations.find_partnerships): the registered rules,
the learned relation step (pipeline/relation_model.py, pipeline/data/relation_model.json), or both
(hybrid: the model's findings in the sentences where the rules find none; fill: also, in a sentence the
rules read, the model's findings of the instruments they did not find there)."""
DEFAULT_RELATION_STEP = "fill"
"""Chosen by held-out figures (README "Partnerships: rules and the learned step"): fill ties hybrid on the zoo,
round 3, the fr/es rounds, bank7's held-out third and blind5, and wins on the blind dev sets."""
