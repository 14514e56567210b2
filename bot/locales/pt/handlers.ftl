## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    Prévia grátis (com marca d’água) — { $spec }
    { $size } · fundo { $background } · { $outfit } · retoques: { $touchups }
    A foto final e uma folha { $paper } para impressão são grátis.
choose-touchups-free = Retoques (opcionais, desligados por padrão). Toque para mudar a intensidade e depois em Continuar.
# $paper: the print sheet's paper
confirm-final-free =
    Fazer a foto final? É grátis.
    Você receberá a foto e uma folha { $paper } para impressão como arquivos (sem compressão).
btn-confirm-free = ✅ Sim, fazer

## A button names a document the bot no longer has (an old menu)

spec-unknown = Esse documento não está mais na lista. Escolha um novamente.
