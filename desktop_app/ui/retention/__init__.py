"""The *Löschliste*: closed cases past their retention period, deletion on Art. 17 requests."""
