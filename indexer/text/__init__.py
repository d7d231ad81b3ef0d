"""The Russian language: cached pymorphy3 morphology, the analyzer, stop words."""
