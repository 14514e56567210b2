## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = Retoques (opcionais, desligados por padrão). Toque para mudar a intensidade e depois em Continuar.
btn-confirm-free = ✅ Sim, fazer

## A button names a document the bot no longer has (an old menu)

spec-unknown = Esse documento não está mais na lista. Escolha um novamente.
