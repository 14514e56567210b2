## Telas do fluxo de dois toques (issues #19, #20): uma mensagem por tela, palavras simples.

screens-photo-received = Foto recebida.
screens-previewing = ⏳ Criando sua prévia grátis…
screens-preview-below = ⬇️ Sua prévia grátis está abaixo.
screens-finalizing = ⏳ Criando sua foto final e a folha para impressão — elas chegam abaixo como arquivos.
screens-preview-caption =
    Prévia grátis (com marca d’água) — { $spec }
    { $size } · fundo: { $background } · { $outfit } · retoques: { $touchups }
screens-final-free = A foto final e uma folha { $paper } para impressão são grátis.
screens-final-stars = A foto final e uma folha para imprimir: { $stars } ⭐ (Telegram Stars). Se não puderem ser entregues, suas Stars voltam automaticamente.
screens-finals-left = A foto final e uma folha { $paper } para impressão são grátis: restam { $left } de { $count } fotos grátis { $period ->
        [day] hoje
        [week] nesta semana
       *[month] neste mês
    }.
screens-bg-warning = ⚠️ { $spec } exige fundo { $required }: uma foto com este fundo pode ser recusada.
screens-choose-background =
    Cor de fundo? { $spec } exige: { $required }.
    As cores marcadas com ⚠️ não são aceitas para este documento.
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = Roupa? Mantenha a sua ou use uma roupa formal.
screens-confirm-final =
    Fazer a foto final?
    Você receberá a foto e uma folha { $paper } para impressão como arquivos (sem compressão).
screens-done = Pronto! Precisa de outro documento com a mesma foto? Começamos de novo com uma prévia grátis.
