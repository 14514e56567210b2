## /privacy: what the bot keeps, why, for how long, who else gets the photo (bot/privacy.py).
privacy-title = Privacy: what this bot keeps about you
privacy-photos = • Your photo and the finished photos: encrypted on the bot's server and deleted after { $hours } h; at most { $count } uploads (and { $count } finished photos) are kept.
privacy-photos-unlimited = • Your photo and the finished photos: encrypted on the bot's server and deleted after { $hours } h.
privacy-choices = • What you pick while making a photo (document, background, options): until you finish, /cancel, or stay idle for { $minutes } min.
privacy-account = • Your Telegram user id, when you first and last used the bot, and the language you chose with /language, if any.
privacy-ledger = • For the operator's accounting: which photos were made and what they cost. When you delete your data these lines stay, with nothing that points to you.
privacy-payments = • Payments in Stars (amount, date, Telegram's payment id): kept so a payment can be refunded and checked, also after /deletedata.
privacy-why = Why: to make the preview and the final from one upload, to send the final again if delivery fails, and to carry on after a restart. Nothing is used for anything else.
privacy-picwish = Who else receives your photo (besides Telegram, which carries the chat): PicWish (picwish.com), the service that cuts out and sizes it on its servers.
privacy-offline = Who else receives your photo (besides Telegram, which carries the chat): nobody. It is processed on this bot's own server.
privacy-delete = Delete everything now: /deletedata (photos, choices and your user record).
privacy-contact = Questions and requests: { $contact }
privacy-contact-unset = Questions and requests: write to the operator of this bot.
cmd-privacy = What is stored and for how long
