## /privacy: what the bot keeps, why, for how long, who else gets the photo (bot/privacy.py).
privacy-title = Datenschutz: was dieser Bot über dich speichert
privacy-photos = • Dein Foto und die fertigen Fotos: verschlüsselt auf dem Server des Bots, gelöscht nach { $hours } h; höchstens { $count } Uploads (und { $count } fertige Fotos) werden aufbewahrt.
privacy-photos-unlimited = • Dein Foto und die fertigen Fotos: verschlüsselt auf dem Server des Bots, gelöscht nach { $hours } h.
privacy-choices = • Was du beim Erstellen wählst (Dokument, Hintergrund, Optionen): bis du fertig bist, /cancel nutzt oder { $minutes } min inaktiv bist.
privacy-account = • Deine Telegram-Nutzer-ID, wann du den Bot zuerst und zuletzt genutzt hast, und die mit /language gewählte Sprache, falls vorhanden.
privacy-ledger = • Für die Abrechnung des Betreibers: welche Fotos erstellt wurden und was sie kosteten. Löschst du deine Daten, bleiben diese Zeilen ohne alles, was auf dich verweist.
privacy-payments = • Zahlungen in Stars (Betrag, Datum, Telegram-Zahlungs-ID): bleiben gespeichert, damit eine Zahlung erstattet und geprüft werden kann – auch nach /deletedata.
privacy-why = Wozu: um Vorschau und Endfoto aus einem Upload zu erstellen, das Endfoto erneut zu senden, falls die Zustellung scheitert, und nach einem Neustart weiterzumachen. Für nichts anderes.
privacy-picwish = Wer dein Foto sonst erhält (neben Telegram, das den Chat überträgt): PicWish (picwish.com), der Dienst, der es auf seinen Servern freistellt und zuschneidet.
privacy-offline = Wer dein Foto sonst erhält (neben Telegram, das den Chat überträgt): niemand. Es wird auf dem eigenen Server des Bots verarbeitet.
privacy-delete = Jetzt alles löschen: /deletedata (Fotos, Auswahl und dein Nutzereintrag).
privacy-contact = Fragen und Anliegen: { $contact }
privacy-contact-unset = Fragen und Anliegen: schreib dem Betreiber dieses Bots.
cmd-privacy = Was gespeichert wird und wie lange
