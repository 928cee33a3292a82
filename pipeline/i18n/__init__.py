"""i18n layer: locale strings, CLDR number/date/plural formatting, translation status and scaffolding."""
