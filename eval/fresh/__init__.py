"""The fresh held-out evaluation: generated news pages with labelled content and noise.

Written independently of ``eval/unseen``'s wordings and layouts and without reading
newsrake's cleaners, tests, rules or docs: ``prose`` writes the stories (its own sentence
banks and content traps), ``noise`` the publisher chrome (its own wordings, in English and
six other languages), ``templates`` twelve page layouts, ``build`` the pages and labels,
and ``check`` verifies the labels and prints plain trafilatura's scores. Scoring reuses
``eval.unseen.score`` unchanged.
"""
