## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds (the first word of a title: "Passaporte Brasil").
specs-doc-passport = Passaporte
specs-doc-visa = Visto
specs-doc-schengen-visa = Visto Schengen
specs-doc-evisa = Visto eletrônico
specs-doc-visa-on-arrival = Visto na chegada
specs-doc-id-card = Documento de identidade
specs-doc-internal-passport = Passaporte interno
specs-doc-residence-permit = Autorização de residência
specs-doc-green-card = Green Card
specs-doc-dv-lottery = Loteria de vistos DV
specs-doc-pr-card = Cartão PR
specs-doc-oci-card = Cartão OCI
specs-doc-citizenship = Cidadania
specs-doc-driving-licence = Carteira de motorista
specs-doc-police-certificate = Atestado de antecedentes criminais
specs-doc-pan-card = Cartão PAN
specs-doc-voter-id = Título de eleitor
specs-doc-custom = Tamanho personalizado

specs-title = { $document } { $country }
specs-title-variant = { $document } { $country } ({ $variant })
specs-title-custom = Tamanho personalizado { $size }

## Sizes.
specs-size-mm = { $width }×{ $height } mm
specs-size-in = { $width }×{ $height } polegadas
specs-size-px = { $width }×{ $height } pixels

## Background colours.
specs-colour-white = branco
specs-colour-off-white = branco-gelo
specs-colour-light-grey = cinza-claro
specs-colour-grey = cinza
specs-colour-cream = creme
specs-colour-beige = bege
specs-colour-light-blue = azul-claro
specs-colour-blue = azul
specs-colour-red = vermelho
specs-colour-other = cor personalizada

## The requirements message, one line each.
specs-req-size = 📐 { $size }
specs-req-size-digital = 📐 Foto digital, { $size }
specs-req-head = 👤 Cabeça, do queixo ao topo: { $min }–{ $max } mm
specs-req-head-pct = 👤 Cabeça, do queixo ao topo: { $min }–{ $max } % da altura
specs-req-eyes = 👁 Olhos: { $min }–{ $max } mm acima da borda inferior
specs-req-head-top = ⬆️ Espaço acima da cabeça: { $min }–{ $max } mm
specs-req-background = 🎨 Fundo: { $colours }
specs-req-file = 💾 Arquivo { $format }
specs-req-file-limit = 💾 Arquivo { $format }, no tamanho aceito pelo formulário on-line
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = sem óculos
specs-rule-glasses-clear = óculos de lentes transparentes permitidos se os olhos estiverem totalmente visíveis
specs-rule-neutral = expressão neutra, boca fechada
specs-rule-smile-ok = um leve sorriso é permitido
specs-rule-recent = { $months ->
    [one] tirada no último mês
   *[other] tirada nos últimos { $months } meses
}

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ O órgão pode tirar esta foto no seu atendimento. Confirme antes de imprimir ou pagar por uma.
specs-warning-de-e-photo = ⚠️ Desde maio de 2025, as fotos para passaporte e carteira de identidade alemães são tiradas no escritório do cidadão (Bürgeramt) ou enviadas para lá digitalmente por um fotógrafo registrado; fotos impressas não são mais aceitas.
specs-warning-no-edit = ⚠️ Fotos com fundo editado ou substituído são recusadas. Tire a selfie em frente a uma parede clara e lisa e mantenha esse fundo.
specs-warning-photographer = ⚠️ Deve ser tirada por um fotógrafo profissional, que escreve o nome do estúdio e a data no verso.
specs-warning-hijab = ⚠️ Mulheres devem usar lenço na cabeça (hijab); o rosto inteiro deve continuar visível.
specs-warning-size-disputed = ⚠️ As fontes divergem sobre o tamanho: algumas indicam { $size }. Confirme com o órgão que recebe sua solicitação.

## Custom sizes.
specs-custom-error-format = Não consegui entender “{ $text }” como tamanho de foto. Tente 35x45mm, 2x2in ou 600x800px.
specs-custom-error-unit = “{ $text }” está em milímetros, polegadas ou pixels? Acrescente a unidade, por exemplo { $example }, 2x2in ou 600x800px.
specs-custom-error-mm-range = Cada lado deve ter entre { $min } e { $max } mm.
specs-custom-error-px-range = Cada lado deve ter entre { $min } e { $max } pixels.
specs-custom-error-landscape = Está mais larga do que alta, e fotos de documento são verticais. Você quis dizer { $suggestion }?
specs-custom-error-ratio = Esse formato é estreito demais para uma foto de rosto: largura ÷ altura deve ficar entre { $min } e { $max }.
specs-custom-error-dpi = A resolução deve ficar entre { $min } e { $max } dpi.
specs-custom-error-too-big = A { $dpi } dpi isso dá { $width }×{ $height } pixels, acima do limite de { $max } px. Use menos dpi.

## Diagram labels.
specs-diagram-side = { $value } mm
specs-diagram-side-px = { $value } px
specs-diagram-head = cabeça { $min }–{ $max } mm
specs-diagram-eyes = olhos { $min }–{ $max } mm
specs-diagram-head-pct = cabeça { $min }–{ $max } %
specs-diagram-eyes-pct = olhos { $min }–{ $max } %
