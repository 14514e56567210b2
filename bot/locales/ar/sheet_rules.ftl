# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = هذا النص لن يظهر منه شيء عند الطباعة: اكتب حروفًا أو أرقامًا.
sheet-qr-too-dense = رمز QR هذا سيُطبع أصغر من أن يقرأه الهاتف. اجعله في حدود { $chars } حرفًا تقريبًا، والأفضل رابط قصير.
