"""Structure stages: lines, header, boilerplate, title, headings, paragraphs, document date."""
