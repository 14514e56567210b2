## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds (used in titles: "{ $country } { $document }").
specs-doc-passport = passport
specs-doc-visa = visa
specs-doc-schengen-visa = Schengen visa
specs-doc-evisa = e-visa
specs-doc-visa-on-arrival = visa on arrival
specs-doc-id-card = ID card
specs-doc-internal-passport = internal passport
specs-doc-residence-permit = residence permit
specs-doc-green-card = green card
specs-doc-dv-lottery = green card lottery
specs-doc-pr-card = PR card
specs-doc-oci-card = OCI card
specs-doc-citizenship = citizenship
specs-doc-driving-licence = driving licence
specs-doc-police-certificate = police certificate
specs-doc-pan-card = PAN card
specs-doc-voter-id = voter ID
specs-doc-custom = custom size

specs-title = { $country } { $document }
specs-title-variant = { $country } { $document } ({ $variant })
specs-title-custom = Custom size { $size }

## Sizes.
specs-size-mm = { $width }×{ $height } mm
specs-size-in = { $width }×{ $height } in
specs-size-px = { $width }×{ $height } pixels

## Background colours.
specs-colour-white = white
specs-colour-off-white = off-white
specs-colour-light-grey = light grey
specs-colour-grey = grey
specs-colour-cream = cream
specs-colour-beige = beige
specs-colour-light-blue = light blue
specs-colour-blue = blue
specs-colour-red = red
specs-colour-other = custom colour

## The requirements message, one line each.
specs-req-size = 📐 { $size }
specs-req-size-digital = 📐 Digital photo, { $size }
specs-req-head = 👤 Head, chin to crown: { $min }–{ $max } mm
specs-req-head-pct = 👤 Head, chin to crown: { $min }–{ $max } % of the height
specs-req-eyes = 👁 Eyes: { $min }–{ $max } mm up from the bottom edge
specs-req-head-top = ⬆️ Space above the head: { $min }–{ $max } mm
specs-req-background = 🎨 Background: { $colours }
specs-req-file = 💾 { $format } file
specs-req-file-limit = 💾 { $format } file, small enough for the online form
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = no glasses
specs-rule-glasses-clear = clear glasses allowed if the eyes are fully visible
specs-rule-neutral = neutral expression, mouth closed
specs-rule-smile-ok = a light smile is allowed
specs-rule-recent = { $months ->
    [one] taken within the last month
   *[other] taken within the last { $months } months
}

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ The office may take this photo itself at your appointment. Check before you print or pay for one.
specs-warning-de-e-photo = ⚠️ Since May 2025 German passport and ID card photos are taken at the citizens’ office or sent there digitally by a registered photographer; printed photos are no longer accepted.
specs-warning-no-edit = ⚠️ Photos with an edited or replaced background are rejected. Take the selfie against a plain light wall and keep its background.
specs-warning-photographer = ⚠️ Must be taken by a commercial photographer, who writes the studio name and the date on the back.
specs-warning-hijab = ⚠️ Women must wear a headscarf (hijab); the whole face must stay visible.
specs-warning-size-disputed = ⚠️ Sources disagree on the size: some say { $size }. Check with the office that takes your application.

## Custom sizes.
specs-custom-error-format = I couldn’t read “{ $text }” as a photo size. Try 35x45mm, 2x2in or 600x800px.
specs-custom-error-unit = Is “{ $text }” in millimetres, inches or pixels? Add the unit, e.g. { $example }, 2x2in or 600x800px.
specs-custom-error-mm-range = Each side must be between { $min } and { $max } mm.
specs-custom-error-px-range = Each side must be between { $min } and { $max } pixels.
specs-custom-error-landscape = That is wider than it is tall; ID photos are upright. Did you mean { $suggestion }?
specs-custom-error-ratio = That shape is too narrow for a face photo: width ÷ height must be between { $min } and { $max }.
specs-custom-error-dpi = The resolution must be between { $min } and { $max } dpi.
specs-custom-error-too-big = At { $dpi } dpi that is { $width }×{ $height } pixels, more than the { $max } px limit. Use a lower dpi.

## Diagram labels.
specs-diagram-side = { $value } mm
specs-diagram-side-px = { $value } px
specs-diagram-head = head { $min }–{ $max } mm
specs-diagram-eyes = eyes { $min }–{ $max } mm
specs-diagram-head-pct = head { $min }–{ $max } %
specs-diagram-eyes-pct = eyes { $min }–{ $max } %
