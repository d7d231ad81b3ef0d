"""Images a copy kept as markup, read as the words they show: their alt text.

A crawler's copy may keep an image on a line of its own, as Markdown's image (the alt text in
brackets after an exclamation mark, the address in parentheses) or as a crawler's token,
`<image>data:image/… alt="В Волгограде «Газель» влетела в опору"</image>`.
The alt text is often the page's headline (a copy that has no other) or a photo's caption, and
the readers place it as they place any line; the address is no word of the page. An image
without alt text leaves an empty line.
"""

import re

# The alt text may hold brackets of its own: "За минувшие [сутки - 13 пожаров]".
MARKDOWN_IMAGE = r"!\[(?P<markdown>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\([^()\s]*\)"
# A crawler's token: its address without spaces, the alt text to the line's last quote.
TOKEN_IMAGE = r"data:image/\S*\s+alt=\"(?P<token>[^\n]*)\""
IMAGE_LINE = re.compile(
    rf"^[ \t]*(?:<image>)?(?:{MARKDOWN_IMAGE}|{TOKEN_IMAGE})(?:</image>)?[ \t]*$", re.M
)


def alt_texts(text: str) -> str:
    """The text with each line that is an image's markup replaced by the image's alt text."""
    if "![" not in text and "alt=" not in text:
        return text
    return IMAGE_LINE.sub(lambda image: (image["markdown"] or image["token"] or "").strip(), text)
