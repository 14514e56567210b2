## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = Ретушь (по желанию, по умолчанию выключена). Нажимайте, чтобы менять силу, затем «Продолжить».
btn-confirm-free = ✅ Да, сделать

## A button names a document the bot no longer has (an old menu)

spec-unknown = Этого документа больше нет в списке. Пожалуйста, выберите снова.
