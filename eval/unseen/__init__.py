"""The unseen-template evaluation: generated pages with labelled noise and content spans.

Written apart from ``tests/fixtures`` and from the cleaners' rules: ``prose`` makes the
stories, ``noise`` the chrome (in wordings of its own, split into a development half and
a held-out half), ``templates`` twelve page layouts (six development, six held out),
``build`` the pages and their labels, ``score`` the noise-leak / content-recall figures.
"""
