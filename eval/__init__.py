"""Evaluation of newsrake's cleaned text against the article-extraction benchmark."""
