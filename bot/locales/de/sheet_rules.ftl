# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = Diese Beschriftung würde nichts drucken: Gib Buchstaben oder Ziffern ein.
sheet-qr-too-dense = Dieser QR-Code würde zu klein gedruckt, um ihn mit dem Handy zu scannen. Bleib bei etwa { $chars } Zeichen – am besten ein kurzer Link.
