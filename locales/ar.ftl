# Messages of LLM Sizes (ar), Project Fluent syntax: https://projectfluent.org/fluent/guide/
# Ids are the dotted keys of the Python API with each '.' written '--'. Keep every { $variable } of
# the English message; write whole sentences, with a select ({ $count -> … }) where the words change.

## language

language--name = العربية
language--dir = rtl

## site

site--name = أحجام النماذج اللغوية
site--description =
    { $basis ->
        [live] ما الحجم الحقيقي للنماذج اللغوية الكبيرة: بعدد المَعلمات وحجم التنزيل والذاكرة، من بيانات مقروءة من Hugging Face Hub.
        [mixed] ما الحجم الحقيقي للنماذج اللغوية الكبيرة: بعدد المَعلمات وحجم التنزيل والذاكرة، من بيانات Hugging Face Hub وحقائق موثّقة.
       *[reconstructed] ما الحجم الحقيقي للنماذج اللغوية الكبيرة: بعدد المَعلمات وحجم التنزيل والذاكرة، من حقائق موثّقة عن كل نموذج، ولكل رقم مصدره.
    }






## figure

figure--unknown = غير معروف
figure--undisclosed = غير مُعلَن
figure--approx = نحو { $value }
# ls:speed: a model's estimated decode speed on a device, the model page's figure and range; $speed selects the form (a decimal such as 4.7 takes the default)
figure--speed =
    { $speed ->
        [zero] نحو { $speed } رمز في الثانية (على الأرجح بين { $low } و{ $high })
        [one] نحو رمز واحد في الثانية (على الأرجح بين { $low } و{ $high })
        [two] نحو رمزين في الثانية (على الأرجح بين { $low } و{ $high })
        [few] نحو { $speed } رموز في الثانية (على الأرجح بين { $low } و{ $high })
        [many] نحو { $speed } رمزًا في الثانية (على الأرجح بين { $low } و{ $high })
       *[other] نحو { $speed } رمز في الثانية (على الأرجح بين { $low } و{ $high })
    }

## units

units--kB = kB
units--MB = MB
units--GB = GB
units--GiB = GiB
units--TB = TB

## table

table--caption_models =
    { $count ->
        [one] يضم الجدول نموذجًا واحدًا.
        [two] يضم الجدول نموذجين، مرتّبين من الأصغر إلى الأكبر.
        [zero] يضم الجدول { $count } نموذج، مرتّبة من الأصغر إلى الأكبر.
        [few] يضم الجدول { $count } نماذج، مرتّبة من الأصغر إلى الأكبر.
        [many] يضم الجدول { $count } نموذجًا، مرتّبة من الأصغر إلى الأكبر.
       *[other] يضم الجدول { $count } نموذج، مرتّبة من الأصغر إلى الأكبر.
    }
table--model = النموذج
table--params = المَعلمات
table--size_class = فئة الحجم
table--dtype = صيغة التخزين
table--weights = التنزيل (الأوزان الافتراضية)
table--memory_fp16 = الذاكرة بدقة fp16
table--memory_int4 = الذاكرة بدقة int4
table--basis = مصدر الرقم
table--stale = غير محدَّث
table--estimated_note = تقدير محسوب من عدد المَعلمات، لا قياس لأحجام الملفات
table--caption_size_classes = فئات الحجم، وعدد النماذج المتتبَّعة في كل فئة.
table--caption_precision = { $model }: الذاكرة اللازمة للأوزان وحدها عند كل مستوى من مستويات الدقة.
table--range = نطاق المَعلمات
table--range_below = 0 – { $high }
table--range_from = { $low } – ∞
table--count = عدد النماذج
table--examples = أمثلة
table--precision = الدقة
table--bytes_per_param = بايت لكل مَعلمة
table--memory = ذاكرة الأوزان

## basis

basis--hub-safetensors = بيانات Hub (safetensors)
basis--hub-gguf = بيانات Hub (GGUF)
basis--file-sizes = أحجام الملفات
basis--config-count = محسوب من ملف الإعدادات
basis--config-estimate = تقدير من ملف الإعدادات
basis--published = رقم منشور
basis--reconstructed = لقطة مُعاد بناؤها
basis--third-party = رقم من طرف ثالث

## size_class

size_class--under-1b = أقل من 1B
size_class--1b = 1B
size_class--2b-4b = 2–5B
size_class--7b-9b = 5–10B
size_class--10b-20b = 10–20B
size_class--20b-40b = 20–40B
size_class--40b-100b = 40–100B
size_class--100b-300b = 100–300B
size_class--300b-1t = 300B–1T
size_class--1t-plus = ‏1T فأكثر

## notice

notice--fallback = لم تُترجَم هذه الصفحة إلى { $language } بعد، لذا تقرأ هنا النص الإنجليزي الأصلي.
notice--outdated = تغيّر النص الإنجليزي الأصلي لهذه الصفحة بعد ترجمتها. <a href="{ $url }">اقرأ النسخة الإنجليزية الحالية</a>.
notice--data_as_of =
    { $basis ->
        [live] قُرئت أرقام هذه الصفحة من Hugging Face Hub، وآخر قراءة في { $live_date }.
        [mixed] { $live ->
            [one] قُرئت أرقام نموذج واحد في هذه الصفحة من Hugging Face Hub في { $live_date }، وأُعيد بناء أرقام البقية من حقائق موثّقة جُمعت في { $reconstructed_date }.
            [two] قُرئت أرقام نموذجين في هذه الصفحة من Hugging Face Hub، آخرها في { $live_date }، وأُعيد بناء أرقام البقية من حقائق موثّقة جُمعت في { $reconstructed_date }.
            [few] قُرئت أرقام { $live } نماذج في هذه الصفحة من Hugging Face Hub، آخرها في { $live_date }، وأُعيد بناء أرقام البقية من حقائق موثّقة جُمعت في { $reconstructed_date }.
            [many] قُرئت أرقام { $live } نموذجًا في هذه الصفحة من Hugging Face Hub، آخرها في { $live_date }، وأُعيد بناء أرقام البقية من حقائق موثّقة جُمعت في { $reconstructed_date }.
           *[other] قُرئت أرقام { $live } نموذج في هذه الصفحة من Hugging Face Hub، آخرها في { $live_date }، وأُعيد بناء أرقام البقية من حقائق موثّقة جُمعت في { $reconstructed_date }.
        }
       *[reconstructed] أُعيد بناء أرقام هذه الصفحة من حقائق موثّقة جُمعت في { $reconstructed_date }، ولم يُقرأ أيٌّ منها مباشرةً من Hugging Face Hub بعد.
    }{ $published ->
        [0] {""}
       *[other] {" "}أما النماذج غير الموجودة على Hub فتحمل الحجم الذي نشره صانعوها، أو عبارة «غير مُعلَن» إن لم ينشروه.
    }





notice--stale_models =
    { $count ->
        [zero] تعذّر تحديث بعض النماذج، فتُعرض لها آخر بيانات سليمة مع وسمها بأنها قديمة.
        [one] تعذّر تحديث نموذج واحد، فتُعرض له آخر بيانات سليمة مع وسمه بأنه قديم.
        [two] تعذّر تحديث نموذجين، فتُعرض لهما آخر بيانات سليمة مع وسمهما بأنهما قديمان.
        [few] تعذّر تحديث { $count } نماذج، فتُعرض لها آخر بيانات سليمة مع وسمها بأنها قديمة.
        [many] تعذّر تحديث { $count } نموذجًا، فتُعرض لها آخر بيانات سليمة مع وسمها بأنها قديمة.
       *[other] تعذّر تحديث { $count } نموذج، فتُعرض لها آخر بيانات سليمة مع وسمها بأنها قديمة.
    }
notice--freshness_more = وعن طريقة تحديث البيانات، انظر قسم <a href="{ $url }">حداثة البيانات</a> في صفحة «عن البيانات».

## glossary

glossary--parameter = مَعلمة
    .avoid = بارامتر | بارامترات
glossary--parameter_count = عدد المَعلمات
glossary--size_class = فئة الحجم
    .avoid = فئة وزن
glossary--download_size = حجم التنزيل
glossary--weights = أوزان
glossary--quantization = تكميم
    .avoid = كمومة | التكمية
glossary--precision = دقة
glossary--pruning = تقليم
    .avoid = تشذيب
glossary--distillation = تقطير المعرفة
glossary--lora = LoRA (التكيّف منخفض الرتبة)
glossary--parameter_sharing = مشاركة المَعلمات
glossary--mixture_of_experts = مزيج الخبراء (MoE)
glossary--active_parameters = المَعلمات النشطة
glossary--kv_cache = ذاكرة KV المؤقتة
glossary--context_window = نافذة السياق
glossary--inference = استدلال
    .avoid = الاستنتاج
glossary--on_device = على الجهاز
glossary--model_card = بطاقة النموذج
glossary--token = رمز (token)
    .avoid = توكن | توكنات
glossary--base_model = أساسي (تدريب مسبق فقط)
glossary--instruct_model = للتعليمات أو المحادثة
    .avoid = محادثة أو تعليمات
glossary--reasoning_model = استدلال
glossary--embedding_model = تضمين (embedding)
glossary--unified_memory = الذاكرة الموحّدة
    .avoid = الذاكرة المشتركة
glossary--model_id = اسم النموذج أو معرّفه
glossary--offloading = الإزاحة إلى ذاكرة النظام
    .avoid = التفريغ إلى المعالج | نقل جزء إلى المعالج

## translations

translations--caption = حالة الترجمة: في الأصل الإنجليزي { $pages ->
        [zero] { $pages } صفحة
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    } و{ $keys ->
        [zero] { $keys } نص
        [one] نص واحد
        [two] نصّان
        [few] { $keys } نصوص
        [many] { $keys } نصًّا
       *[other] { $keys } نص
    } في الواجهة.
translations--language = اللغة
translations--pages_current = صفحات محدَّثة
translations--pages_outdated = صفحات تحتاج إلى تحديث
translations--pages_missing = صفحات لم تُترجَم بعد
translations--ui_strings = نصوص الواجهة المترجمة
translations--ui_value = { $done } من { $total }
translations--not_published = ليست في قائمة اللغات بعد

## chart: Charts (pipeline/chart_specs.py, pipeline/charts.py): titles, axes, legends, tooltips, captions.

chart--fit--title = النماذج المختارة على كل جهاز (أوزان 4 بتات، 4,096 رمزًا أو حدّ النموذج إن كان أقصر)
chart--fit--summary =
    بأوزان 4 بتات وسياق من 4,096 رمزًا (أو حدّ النموذج إن كان أقصر): { $small_count ->
        [0] أصغر جهاز هو { $small }، ولا تكفي ذاكرته أيًّا من النماذج المختارة{ $total ->
            [8] {" "}الثمانية
           *[other] ، وعددها { $total }
        }
        [one] أصغر جهاز هو { $small }، وتكفي ذاكرته نموذجًا واحدًا من النماذج المختارة{ $total ->
            [8] {" "}الثمانية
           *[other] ، وعددها { $total }
        }
        [two] أصغر جهاز هو { $small }، وتكفي ذاكرته نموذجين من النماذج المختارة{ $total ->
            [8] {" "}الثمانية
           *[other] ، وعددها { $total }
        }
        [few] أصغر جهاز هو { $small }، وتكفي ذاكرته { $small_count } نماذج من النماذج المختارة{ $total ->
            [8] {" "}الثمانية
           *[other] ، وعددها { $total }
        }
        [many] أصغر جهاز هو { $small }، وتكفي ذاكرته { $small_count } نموذجًا من النماذج المختارة{ $total ->
            [8] {" "}الثمانية
           *[other] ، وعددها { $total }
        }
       *[other] أصغر جهاز هو { $small }، وتكفي ذاكرته { $small_count } نموذج من النماذج المختارة{ $total ->
            [8] {" "}الثمانية
           *[other] ، وعددها { $total }
        }
    }{ $large_count ->
        [0] ؛ وأكبر جهاز هو { $large }، ولا تكفي ذاكرته أيًّا منها
        [one] ؛ وأكبر جهاز هو { $large }، وتكفي ذاكرته نموذجًا واحدًا
        [two] ؛ وأكبر جهاز هو { $large }، وتكفي ذاكرته نموذجين
        [few] ؛ وأكبر جهاز هو { $large }، وتكفي ذاكرته { $large_count } نماذج
        [many] ؛ وأكبر جهاز هو { $large }، وتكفي ذاكرته { $large_count } نموذجًا
       *[other] ؛ وأكبر جهاز هو { $large }، وتكفي ذاكرته { $large_count } نموذج
    }. وفي علامة تبويب المتصفح لا تُحسب إلا نسخة للويب مسجَّلة.





chart--show_numbers = عرض الأرقام التي يستند إليها هذا الرسم
chart--scale--title = عدد مَعلمات كل نموذج متتبَّع
chart--scale--axis_params = المَعلمات (مقياس لوغاريتمي، كل خط شبكة ×10)
chart--scale--legend = فئة الحجم
chart--scale--tooltip = { $name } ({ $id }): { $params } من المَعلمات، فئة الحجم { $size_class }
chart--scale--undisclosed = الحجم غير معلَن، لذا لم يُرسم
chart--scale--unknown = لا بيانات بعد، لذا لم يُرسم
chart--scale--summary = يضع هذا الرسم النماذجَ المعروفة الحجم، وعددها { $count }، على محور لوغاريتمي، كل خط في شبكته يساوي عشرة أضعاف الخط الذي قبله: من { $smallest_name } بـ{ $smallest } من المَعلمات إلى { $largest_name } بـ{ $largest } من المَعلمات.
chart--scale--summary_missing =
    { $case ->
        [both] { $total ->
            [two] لم يُرسم نموذجان من النماذج المتتبَّعة:
            [few] لم تُرسم { $total } نماذج من النماذج المتتبَّعة:
            [many] لم يُرسم { $total } نموذجًا من النماذج المتتبَّعة:
           *[other] لم يُرسم { $total } نموذج من النماذج المتتبَّعة:
        } { $undisclosed ->
            [one] واحد لم تكشف الجهة المطوِّرة له عن حجمه،
            [two] اثنان لم تكشف الجهات المطوِّرة لهما عن حجمهما،
           *[other] { $undisclosed } لم تكشف الجهات المطوِّرة لها عن حجمها،
        } { $unknown ->
            [one] وواحد لا يعرف الموقع عدد مَعلماته بعد.
            [two] واثنان لا يعرف الموقع عدد مَعلماتهما بعد.
           *[other] و{ $unknown } لا يعرف الموقع عدد مَعلماتها بعد.
        }
        [undisclosed] { $undisclosed ->
            [one] لم يُرسم نموذج واحد من النماذج المتتبَّعة، لأن الجهة المطوِّرة له لم تكشف عن حجمه.
            [two] لم يُرسم نموذجان من النماذج المتتبَّعة، لأن الجهات المطوِّرة لهما لم تكشف عن حجمهما.
            [few] لم تُرسم { $undisclosed } نماذج من النماذج المتتبَّعة، لأن الجهات المطوِّرة لها لم تكشف عن حجمها.
            [many] لم يُرسم { $undisclosed } نموذجًا من النماذج المتتبَّعة، لأن الجهات المطوِّرة لها لم تكشف عن حجمها.
           *[other] لم يُرسم { $undisclosed } نموذج من النماذج المتتبَّعة، لأن الجهات المطوِّرة لها لم تكشف عن حجمها.
        }
       *[unknown] { $unknown ->
            [zero] رُسمت كل النماذج المتتبَّعة.
            [one] لم يُرسم نموذج واحد من النماذج المتتبَّعة، لأن الموقع لا يعرف عدد مَعلماته بعد.
            [two] لم يُرسم نموذجان من النماذج المتتبَّعة، لأن الموقع لا يعرف عدد مَعلماتهما بعد.
            [few] لم تُرسم { $unknown } نماذج من النماذج المتتبَّعة، لأن الموقع لا يعرف عدد مَعلماتها بعد.
            [many] لم يُرسم { $unknown } نموذجًا من النماذج المتتبَّعة، لأن الموقع لا يعرف عدد مَعلماتها بعد.
           *[other] لم يُرسم { $unknown } نموذج من النماذج المتتبَّعة، لأن الموقع لا يعرف عدد مَعلماتها بعد.
        }
    }
chart--scale--histogram_title = النماذج المتتبَّعة على مقياس المَعلمات
chart--classes--title = كم نموذجًا في كل فئة حجم
chart--classes--bar_label = { $count }: { $examples }
chart--classes--axis_class = فئة الحجم
chart--classes--axis_count = عدد النماذج
chart--classes--tooltip =
    { $count ->
        [zero] { $size_class }: لا نماذج
        [one] { $size_class }: نموذج واحد، هو { $examples }
        [two] { $size_class }: نموذجان، هما { $examples }
        [few] { $size_class }: { $count } نماذج، منها مثلًا { $examples }
        [many] { $size_class }: { $count } نموذجًا، منها مثلًا { $examples }
       *[other] { $size_class }: { $count } نموذج، منها مثلًا { $examples }
    }
chart--classes--summary = عدد النماذج المعروفة الحجم { $total }، موزَّعة على فئات الحجم؛ وأكثرها ازدحامًا فئة { $size_class } { $count ->
        [zero] بـ{ $count } نموذج
        [one] بنموذج واحد
        [two] بنموذجين
        [few] بـ{ $count } نماذج
        [many] بـ{ $count } نموذجًا
       *[other] بـ{ $count } نموذج
    }. بجانب كل عمود أسماء نماذج على سبيل المثال.
chart--memory--title = الذاكرة اللازمة للأوزان عند كل مستوى دقة
chart--memory--axis_bytes = ذاكرة الأوزان (مقياس لوغاريتمي)
chart--memory--legend = الدقة
chart--memory--tooltip = { $name } بدقة { $precision }: { $size }
chart--memory--device = { $device }: المتاح { $usable }
chart--memory--summary = الحساب للأوزان وحدها، في { $count ->
        [zero] { $count } نموذج مختار
        [one] نموذج مختار واحد
        [two] نموذجين مختارين
        [few] { $count } نماذج مختارة
        [many] { $count } نموذجًا مختارًا
       *[other] { $count } نموذج مختار
    }. كل خطوة نزول في الدقة تقسم الذاكرة على اثنين: يحتاج { $name } إلى { $fp32 } بدقة fp32، و{ $fp16 } بدقة fp16، و{ $int8 } بدقة int8، و{ $int4 } بدقة int4، بحساب 4 و2 و1 و0.5 بايت بالضبط لكل مَعلمة (والملف المكمَّم الحقيقي أكبر من ذلك، بالربع أو أكثر أحيانًا). تشير الخطوط المتقطعة إلى الذاكرة التي تتيحها للنموذج ثلاثة أجهزة شائعة.
chart--downloads--title = المَعلمات وحجم التنزيل حسب صيغة الملف
chart--downloads--axis_params = المَعلمات (مقياس لوغاريتمي)
chart--downloads--axis_bytes = حجم التنزيل (مقياس لوغاريتمي)
chart--downloads--legend = صيغة الملف
chart--downloads--guide = { $precision }
chart--downloads--tooltip = { $name }، { $format } { $variant }: { $size } مقابل { $params } من المَعلمات
chart--downloads--format_safetensors = safetensors
chart--downloads--format_pytorch = PyTorch (.bin)
chart--downloads--format_gguf = GGUF
chart--downloads--format_onnx = ONNX
chart--downloads--format_tflite = TensorFlow Lite
chart--downloads--format_mediapipe = MediaPipe
chart--downloads--format_other = أخرى
chart--downloads--variant_default = الافتراضي
chart--downloads--variant_consolidated = الموحَّد
chart--downloads--format_estimate = الأوزان الافتراضية (تقدير)
chart--downloads--summary = كل نقطة مصمتة ملف أوزان قابل للتنزيل ({ $files ->
        [zero] { $files } ملف
        [one] ملف واحد
        [two] ملفان
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    } { $models ->
        [zero] لـ{ $models } نموذج
        [one] لنموذج واحد
        [two] لنموذجين
        [few] لـ{ $models } نماذج
        [many] لـ{ $models } نموذجًا
       *[other] لـ{ $models } نموذج
    })؛ والدوائر المفرَّغة أوزان افتراضية { $estimated ->
        [zero] لـ{ $estimated } نموذج
        [one] لنموذج واحد
        [two] لنموذجين
        [few] لـ{ $estimated } نماذج
        [many] لـ{ $estimated } نموذجًا
       *[other] لـ{ $estimated } نموذج
    } قُدِّر حجمها من عدد المَعلمات. النقطة الواقعة على خط متقطع تخزّن هذا العدد بالضبط من البايتات لكل مَعلمة (4 في fp32، و2 في fp16، و1 في int8، و0.5 في int4)، ولذلك تقع الملفات المكمَّمة تحت خط fp16. والنقاط المتساوية في الحجم تتراكب فتبدو نقطة واحدة.
chart--classes--tooltip_count =
    { $count ->
        [zero] { $size_class }: لا نماذج
        [one] { $size_class }: نموذج واحد
        [two] { $size_class }: نموذجان
        [few] { $size_class }: { $count } نماذج
        [many] { $size_class }: { $count } نموذجًا
       *[other] { $size_class }: { $count } نموذج
    }






## data_table: Tables added for the charts, and the download links under the model table (pipeline/tables.py).

data_table--download = نزِّل الجدول كاملًا بالأرقام الدقيقة:
data_table--caption_params =
    { $count ->
        [one] يضم الجدول نموذجًا واحدًا مع عدد مَعلماته. انقر عنوان أي عمود للترتيب حسبه.
        [two] يضم الجدول نموذجين، مرتّبين حسب عدد المَعلمات من الأصغر إلى الأكبر. انقر عنوان أي عمود للترتيب حسبه.
        [zero] يضم الجدول { $count } نموذج، مرتّبة حسب عدد المَعلمات من الأصغر إلى الأكبر. انقر عنوان أي عمود للترتيب حسبه.
        [few] يضم الجدول { $count } نماذج، مرتّبة حسب عدد المَعلمات من الأصغر إلى الأكبر. انقر عنوان أي عمود للترتيب حسبه.
        [many] يضم الجدول { $count } نموذجًا، مرتّبة حسب عدد المَعلمات من الأصغر إلى الأكبر. انقر عنوان أي عمود للترتيب حسبه.
       *[other] يضم الجدول { $count } نموذج، مرتّبة حسب عدد المَعلمات من الأصغر إلى الأكبر. انقر عنوان أي عمود للترتيب حسبه.
    }
data_table--caption_memory = الذاكرة اللازمة للأوزان وحدها عند كل مستوى دقة، للنماذج المختارة. انقر عنوان أي عمود للترتيب حسبه.
data_table--caption_downloads = ملفات الأوزان القابلة للتنزيل والتقديرات حسب النموذج والصيغة، وعددها { $count }. انقر عنوان أي عمود للترتيب حسبه.
data_table--format = الصيغة
data_table--file = الملف أو الدقة
data_table--bytes = حجم التنزيل
data_table--bytes_per_param = بايت لكل مَعلمة

## notfound

notfound--title = الصفحة غير موجودة
notfound--text = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو أن في الرابط خطأً مطبعيًا.
notfound--home = الذهاب إلى الصفحة الرئيسية

## palette

palette--to_dark = التبديل إلى الوضع الداكن
palette--to_light = التبديل إلى الوضع الفاتح

## explorer: The models explorer (models page) and the generated per-model pages.

explorer--packed_unknown_bits = أوزان محزومة، وعرض البتات غير مذكور: العدد في Hub هو لأعداد محزومة، لا للأوزان
explorer--search_label = البحث في النماذج
explorer--search_placeholder = الاسم أو المعرّف
explorer--filter_band = فئة الحجم
explorer--filter_family = العائلة
explorer--filter_format = الصيغة
explorer--filter_gated = الوصول
explorer--filter_device = تكفيه ذاكرة الجهاز
explorer--any = الكل
explorer--gated_open = مفتوح
explorer--gated_gated = مقيَّد (يجب قبول الشروط أولًا)
explorer--reset = مسح عوامل التصفية
explorer--caption = النماذج التي يتتبّعها الموقع.
explorer--formats = الصيغ
explorer--first_view =
    { $order ->
        [downloads] يعرض الجدول { $shown ->
            [zero] { $shown } نموذج
            [one] نموذجًا واحدًا
            [two] نموذجين
            [few] { $shown } نماذج
            [many] { $shown } نموذجًا
           *[other] { $shown } نموذج
        } من أصل { $total }: المميَّزة أولًا، ثم الأكثر تنزيلًا.
       *[size] يعرض الجدول { $shown ->
            [zero] { $shown } نموذج
            [one] نموذجًا واحدًا
            [two] نموذجين
            [few] { $shown } نماذج
            [many] { $shown } نموذجًا
           *[other] { $shown } نموذج
        } من أصل { $total }: المميَّزة أولًا، ثم البقية من الأصغر إلى الأكبر.
    }
explorer--no_script = من دون JavaScript لا يمكن البحث في هذا الجدول ولا تصفيته ولا ترتيبه، ولا يَعرض إلا هذه الصفوف؛ أما ملفّا CSV وJSON أسفله ففيهما النماذج كلها.
explorer--matching =
    { $count ->
        [0] لا يطابق أي نموذج من أصل { $total }.
        [one] يطابق نموذج واحد من أصل { $total }.
        [two] يطابق نموذجان من أصل { $total }.
        [few] تطابق { $count } نماذج من أصل { $total }.
        [many] يطابق { $count } نموذجًا من أصل { $total }.
       *[other] يطابق { $count } نموذج من أصل { $total }.
    }





explorer--show_all = عرض كل النماذج ({ $total })
explorer--show_more = عرض المزيد
explorer--no_match = لا يوجد نموذج يطابق عوامل التصفية هذه.
explorer--sort_hint = اختر للترتيب
explorer--downloads = كل النماذج في ملف:
explorer--back = → كل النماذج
explorer--exact = بالضبط: { $count }
explorer--downloads_heading = التنزيلات حسب الصيغة
explorer--no_downloads =
    { $estimated ->
        [yes] لم يُسجَّل بعدُ أي ملف لهذا النموذج؛ رقم التنزيل أعلاه تقدير.
       *[no] لم يُسجَّل بعدُ تفصيل ملفات هذا النموذج حسب الصيغة.
    }
explorer--memory_note = الرقم حجم ملف حقيقي إن كان الموقع قد سجّل ملفًا، وإلا فهو تقدير (≈): بايتان لكل مَعلمة في fp16، وملف GGUF بصيغة Q8_0 أو Q4_K_M في int8 وint4. وفي int8 وint4 تعتمد الأحكام أدناه على ملف GGUF، حقيقيًا كان أو مقدَّرًا، لأنه الملف الذي يشغّله llama.cpp؛ أما ملف LiteRT أو MediaPipe المدرج في هذا الجدول فلا يُحكم عليه إلا في صف تبويب المتصفح.
explorer--instruct_variant = من نسخة Instruct، بعدد المَعلمات نفسه
explorer--no_count = لا عدد للمَعلمات في البيانات
explorer--weights_unknown = لا تذكر البيانات أحجام الملفات ولا الصيغة العددية للأوزان الافتراضية، لذا لا يُقدَّر هذا الحجم. ويعطي عمود «الذاكرة بدقة fp16» الحجم بستة عشر بتًا.
explorer--mlx_build = نسخة MLX
explorer--mlx_bits =
    { $bits ->
        [zero] { $bits } بت
        [one] بت واحد
        [two] بتّان
        [few] { $bits } بتات
        [many] { $bits } بتًا
       *[other] { $bits } بت
    }
explorer--fit_heading = هل سيعمل؟
explorer--device = الجهاز
explorer--usable = الذاكرة المتاحة
explorer--verdict = النتيجة
explorer--verdict_fits = تكفيه الذاكرة
explorer--verdict_tight = تكفيه بالكاد
explorer--verdict_no = لا تكفيه
explorer--verdict_unknown = غير معروف
explorer--fit_note = أقل ما يحتاجه هذا النموذج، بأصغر صيغة وبأقصر سياق: { $size }.
explorer--fit_unavailable = مدى ملاءمة الأجهزة لهذا النموذج غير متاح بعد.
explorer--sources_heading = من أين تأتي الأرقام
explorer--hub_link = افتحه على Hugging Face Hub
explorer--source_link = فتح المصدر
explorer--fetched = تاريخ البيانات: { $date }
explorer--license = الترخيص: { $license }
explorer--license_other = الترخيص: شروط خاصة بالنموذج (راجع بطاقة النموذج)
explorer--license_named = الترخيص: { $name } (شروط خاصة بهذا النموذج، لا يمثّلها وسم ترخيص قياسي على Hub)
explorer--license_unknown = الترخيص: غير مسجَّل
explorer--access_open = التنزيل متاح للجميع
explorer--access_gated = مقيَّد: اقبل الترخيص على Hub أولًا
explorer--access_manual = مقيَّد: اطلب الوصول على Hub، ويوافق المالك على كل طلب بنفسه
explorer--access_unknown = طريقة الوصول غير مسجَّلة
explorer--terms_unknown = الترخيص وطريقة الوصول غير مسجَّلين
explorer--fetched_revision = تاريخ البيانات: { $date }، المراجعة { $revision }
explorer--scale_title = نماذج مختارة
explorer--filter_tag = النوع
explorer--tag_code = برمجة
explorer--tag_encoder = مُشفِّر فقط (تصنيف، إكمال كلمات)
explorer--filter_min = المَعلمات، على الأقل
explorer--filter_max = المَعلمات، على الأكثر
explorer--min_placeholder = 1B
explorer--max_placeholder = 70B
explorer--fit_legend = تكفيه الذاكرة
explorer--filter_memory = أو ذاكرتك أنت
explorer--memory_placeholder = 8 GB
explorer--fit_precision = الأوزان
explorer--fit_context = السياق (رموز)
explorer--fit_assumes = ما يُحسب: أوزان { $precision } + ذاكرة KV المؤقتة عند { $context } رمزًا (16 بتًا) + مخازن بيئة التشغيل التي تحمّلها (llama.cpp لـint8 وint4، وخادم على طريقة vLLM لـfp16)، ضمن الذاكرة القابلة للاستخدام في الجهاز، أو كل الذاكرة التي تكتبها. يُستبعد النموذج الذي حدّ سياقه أقصر من ذلك.
explorer--bad_size = «{ $text }» ليس عددًا من المَعلمات. اكتب رقمًا مع B أو M أو T، مثل 7B أو 1.5B أو 500M.
explorer--bad_memory = «{ $text }» ليس مقدارًا من الذاكرة. اكتب عدد الغيغابايتات، مثل 8 أو 8 GB أو 8 GiB.




explorer--all_listed = القائمة تضم النماذج المتتبَّعة كلها ({ $total }).




explorer--first_listed = يعرض الجدول { $shown ->
        [zero] { $shown } نموذج
        [one] نموذجًا واحدًا
        [two] نموذجين
        [few] { $shown } نماذج
        [many] { $shown } نموذجًا
       *[other] { $shown } نموذج
    } من أصل { $total }.




explorer--matching_partial =
    { $count ->
        [0] لا يطابق أي نموذج من أصل { $total }.
        [one] يطابق نموذج واحد من أصل { $total }، وهو معروض.
        [two] يطابق نموذجان من أصل { $total }، ويُعرض أولهما.
        [few] تطابق { $count } نماذج من أصل { $total }، وتُعرض أول { $shown } منها.
        [many] يطابق { $count } نموذجًا من أصل { $total }، وتُعرض أول { $shown } منها.
       *[other] يطابق { $count } نموذج من أصل { $total }، وتُعرض أول { $shown } منها.
    }









## fit: "Will it run?" (pipeline/site/fit_view.py, fit_tables.py, docs/assets/js/fit-calculator.js)

fit--verdict--fits = تكفيه الذاكرة
fit--verdict--tight = تكفيه بالكاد
fit--verdict--no = لا تكفيه
fit--verdict--too-long = أطول من سياق النموذج
fit--verdict--unknown = غير معروف
fit--verdict_legend = النتيجة
fit--kind--browser = علامة تبويب في المتصفح (WebGPU)، { $size }
fit--kind--phone = هاتف، { $size }
fit--kind--laptop = حاسوب محمول بمعالج Apple silicon، { $size }
fit--kind--gpu = بطاقة رسوميات للألعاب، { $size }
fit--kind--datacenter_gpu = معالج رسوميات لمراكز البيانات، { $size }
fit--kind--mini_pc = حاسوب مصغّر، { $size } ذاكرة موحّدة
fit--device = الجهاز
fit--memory = الذاكرة
fit--usable_share = الحصة المتاحة
fit--usable = الذاكرة المتاحة
fit--basis = سبب هذه الحصة (المصدر)
fit--source = المواصفات
fit--source_link = صفحة الشركة المصنّعة
# the capacity printed on the box when it differs from the GiB the device name gives (data/devices.yaml memory_reported)
fit--sold_as = يُباع باسم «{ $label }»
fit--none = لا شيء من النماذج المتتبَّعة
fit--largest_int4 = أكبر نموذج تكفيه الذاكرة (4 بتات)
fit--column_file = ملف { $format } الأصلي في المستودع، يشغّله { $runtime }
fit--web_build = نسخة للويب
fit--no_web_build = لا نسخة مسجّلة
fit--needs_web_build = (يحتاج أولًا إلى نسخة للويب)
fit--largest_file = أكبر ملف منفرد
fit--needed = الذاكرة اللازمة
fit--tab_budget = في علامة التبويب
fit--caption_devices = الأجهزة، والذاكرة التي يُبلغ عنها كل منها، والحصة التي يمكن أن يستخدمها النموذج منها. تذكر الأسماء الذاكرة بوحدة GiB الثنائية التي تُبلغ بها الأجهزة (8 GiB = 8.59 GB)، وسائر الأرقام بوحدة GB العشرية كما في الموقع كله.
fit--caption_largest = أكبر نموذج متتبَّع تكفيه ذاكرة كل جهاز بأوزان 16 و8 و4 بتات، مع سياق من { $context } رمزًا وذاكرة KV مؤقتة بـ16 بتًا (الأوزان بـ8 و4 بتات ملفات GGUF في llama.cpp؛ أما الأوزان بـ16 بتًا فتُحسب كما في خادم على طريقة vLLM على كل جهاز، حتى الهواتف وأجهزة Mac التي لا يعمل عليها vLLM: وهذا للمقارنة، لا توصية). الأسماء بـGiB والأرقام بـGB العشرية.
fit--caption_ladder = أكبر نموذج متتبَّع تكفيه ذاكرة كل جهاز بأوزان 4 بتات (GGUF في llama.cpp)، مع سياق من { $context } رمزًا وذاكرة KV مؤقتة بـ16 بتًا. الأسماء بـGiB والأرقام بـGB العشرية (4 GiB = 4.29 GB).
fit--caption_browser_row = لا يَعُدّ صفُّ علامة تبويب المتصفح إلا النماذج التي لها نسخة للويب، ويُحكم عليها كما في جدول المتصفح: بذاكرة النسخة نفسها، أو بحدّ أعلى إن لم يُسجَّل حجمها.
fit--caption_browser = نماذج يمكن أن تعمل في تبويب متصفح: نسخة الويب، وأكبر ملف منفرد، والذاكرة اللازمة عند { $context } رمزًا.
fit--caption_matrix = النتيجة لكل نموذج مختار على كل جهاز، بأوزان 4 بتات وسياق من { $context } رمزًا، أو بحدّ النموذج نفسه إن كان أقصر.
fit--calc_nojs = تحتاج الحاسبة إلى JavaScript. ومن دونها تعطي الجداول أدناه الإجابات نفسها للأجهزة المحدّدة مسبقًا.
fit--calc_device = الجهاز
fit--calc_custom = غير ذلك: اكتب حجم ذاكرتك
fit--calc_gb = الذاكرة المتاحة (GB)
fit--calc_context = طول السياق
fit--calc_kv = دقّة ذاكرة KV المؤقتة
fit--calc_kv_bits =
    { $bits ->
        [zero] { $bits } بت
        [one] بت واحد
        [two] بتّان
        [few] { $bits } بتات
        [many] { $bits } بتًا
       *[other] { $bits } بت
    }

fit--calc_assumptions = الافتراضات: الأوزان بـ16 بتًا تعمل في خادم على طريقة vLLM، والأوزان بـ8 و4 بتات ملفات GGUF في llama.cpp (ملف حقيقي حين يوجد للنموذج)؛ ذاكرة KV المؤقتة بدقّة { $kv }، وسياق من { $context } رمزًا. وبيئة التشغيل التي لا تدعم هذه الدقّة تحفظها بالدقّة الأعلى التالية.
fit--calc_tokens =
    { $count ->
        [zero] لا رموز
        [one] رمز واحد
        [two] رمزان
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }

fit--calc_model = النموذج
fit--calc_needed = الذاكرة اللازمة
fit--calc_usable = الذاكرة المتاحة
fit--calc_summary = بذاكرة متاحة قدرها { $usable }، وسياق من { $context } رمزًا، وأوزان 4 بتات: عدد النماذج التي تكفيها الذاكرة { $fits }، والتي تكفيها بالكاد { $tight }، والتي لا تكفيها { $no }.
fit--calc_invalid = اكتب عددًا من الغيغابايتات، مثلًا 16.
fit--calc_caption = النتيجة لكل نموذج متتبَّع بأوزان 16 و8 و4 بتات، بالقاعدة نفسها المستخدمة في الجداول أدناه.
fit--why--browser = ميزانية التبويب كلها: كومة WebAssembly بعرض 32 بت
fit--why--phone = يأخذ النظام والتطبيقات الباقية في الذاكرة نحو النصف
fit--why--laptop =
    { $share ->
        [two_thirds] يسمح macOS لمعالج الرسوميات باستخدام ما بين 65% و75% تقريبًا من الذاكرة الموحّدة؛ ونعتمد ثلثيها لهذا الحجم من الذاكرة
       *[three_quarters] يسمح macOS لمعالج الرسوميات باستخدام ما بين 65% و75% تقريبًا من الذاكرة الموحّدة؛ ونعتمد ثلاثة أرباعها لهذا الحجم من الذاكرة
    }
fit--why--gpu = تحتفظ الشاشة وبرنامج تشغيل البطاقة وبيئة التشغيل بجزء من ذاكرة الفيديو؛ وتستخدم الخوادم عادةً 90% منها
fit--why--mini_pc = يتيح برنامج تشغيل AMD لمعالج الرسوميات حتى 96 GiB (103 GB) من أصل 128 GiB
fit--why--datacenter_gpu = يحتفظ سياق CUDA ومدير الذاكرة بجزء من ذاكرة البطاقة؛ ويستخدم vLLM افتراضيًا 90% منها
fit--freshness =
    { $basis ->
        [live] يتتبّع الموقع { $total ->
            [one] نموذجًا واحدًا
            [two] نموذجين
            [few] { $total } نماذج
            [many] { $total } نموذجًا
           *[other] { $total } نموذج
        }. وقد قُرئت نماذج Hub كلها من Hugging Face Hub، وآخر قراءة في { $live_date }.
        [mixed] يتتبّع الموقع { $total ->
            [one] نموذجًا واحدًا
            [two] نموذجين
            [few] { $total } نماذج
            [many] { $total } نموذجًا
           *[other] { $total } نموذج
        }. { $live ->
            [one] قُرئ حتى الآن نموذج واحد من Hugging Face Hub مباشرةً، في { $live_date }؛
            [two] قُرئ حتى الآن نموذجان من Hugging Face Hub مباشرةً، آخرهما في { $live_date }؛
            [few] قُرئت حتى الآن { $live } نماذج من Hugging Face Hub مباشرةً، آخرها في { $live_date }؛
            [many] قُرئ حتى الآن { $live } نموذجًا من Hugging Face Hub مباشرةً، آخرها في { $live_date }؛
           *[other] قُرئ حتى الآن { $live } نموذج من Hugging Face Hub مباشرةً، آخرها في { $live_date }؛
        } وما زالت أرقام البقية ({ $reconstructed }) معادًا بناؤها من حقائق جُمعت في { $reconstructed_date }، لكلٍّ منها مصدره.
       *[reconstructed] يتتبّع الموقع { $total ->
            [one] نموذجًا واحدًا
            [two] نموذجين
            [few] { $total } نماذج
            [many] { $total } نموذجًا
           *[other] { $total } نموذج
        }. لم يُقرأ أي نموذج مباشرةً من Hugging Face Hub بعد: أُعيد بناء أرقام نماذج Hub ({ $reconstructed }) من حقائق جُمعت في { $reconstructed_date }، لكلٍّ منها مصدره، ويستبدلها التحديث المجدول كلما قرأ نموذجًا.
    }{ $published ->
        [0] {""}
        [one] {" "}ونموذج واحد ليس على Hub، يحمل الحجم الذي نشره صانعه، أو عبارة «غير مُعلَن» إن لم ينشره.
        [two] {" "}ونموذجان ليسا على Hub، يحمل كلٌّ منهما الحجم الذي نشره صانعه، أو عبارة «غير مُعلَن» إن لم ينشره.
        [few] {" "}و{ $published } نماذج ليست على Hub، يحمل كلٌّ منها الحجم الذي نشره صانعه، أو عبارة «غير مُعلَن» إن لم ينشره.
        [many] {" "}و{ $published } نموذجًا ليست على Hub، يحمل كلٌّ منها الحجم الذي نشره صانعه، أو عبارة «غير مُعلَن» إن لم ينشره.
       *[other] {" "}و{ $published } نموذج ليست على Hub، يحمل كلٌّ منها الحجم الذي نشره صانعه، أو عبارة «غير مُعلَن» إن لم ينشره.
    }
fit--freshness_update =
    { $basis ->
        [live] واليوم تأتي أرقام نماذج Hub كلها من Hugging Face Hub نفسه، وآخر قراءة في { $live_date }.
        [mixed] { $live ->
            [zero] لم يُقرأ حتى الآن أي نموذج من Hugging Face Hub مباشرةً؛
            [one] قُرئ حتى الآن نموذج واحد من Hugging Face Hub مباشرةً، في { $live_date }؛
            [two] قُرئ حتى الآن نموذجان من Hugging Face Hub مباشرةً، آخرهما في { $live_date }؛
            [few] قُرئت حتى الآن { $live } نماذج من Hugging Face Hub مباشرةً، آخرها في { $live_date }؛
            [many] قُرئ حتى الآن { $live } نموذجًا من Hugging Face Hub مباشرةً، آخرها في { $live_date }؛
           *[other] قُرئ حتى الآن { $live } نموذج من Hugging Face Hub مباشرةً، آخرها في { $live_date }؛
        } وما زالت أرقام البقية ({ $reconstructed }) معادًا بناؤها من حقائق جُمعت في { $reconstructed_date }.
       *[reconstructed] واليوم أرقام نماذج Hub كلها ({ $reconstructed }) معادٌ بناؤها من حقائق جُمعت في { $reconstructed_date }، ويستبدل التحديث المجدول أرقام كل نموذج حين يقرؤه.
    }
provenance--hub_sources =
    { $basis ->
        [live] جُلبت بيانات نماذج Hub كلها من الواجهة البرمجية لـHub مباشرةً، وآخرها في { $live_date }. ويحمل كل صف تاريخه الخاص وعلامةً تبيّن كيف حُصّلت أرقامه، في الجدول وفي الملفات القابلة للتنزيل على السواء.
        [mixed] { $live ->
            [zero] لم تُجلب بعدُ بيانات أي نموذج من الواجهة البرمجية لـHub مباشرةً؛
            [one] جُلبت حتى الآن بيانات نموذج واحد من الواجهة البرمجية لـHub مباشرةً؛
            [two] جُلبت حتى الآن بيانات نموذجين من الواجهة البرمجية لـHub مباشرةً؛
            [few] جُلبت حتى الآن بيانات { $live } نماذج من الواجهة البرمجية لـHub مباشرةً؛
            [many] جُلبت حتى الآن بيانات { $live } نموذجًا من الواجهة البرمجية لـHub مباشرةً؛
           *[other] جُلبت حتى الآن بيانات { $live } نموذج من الواجهة البرمجية لـHub مباشرةً؛
        } أما الباقي ({ $reconstructed }) فما زالت بياناته من لقطة مُعاد بناؤها، جُمعت من استجابات Hub مسجَّلة علنًا ومن ملفات اختبار في مكتبات مفتوحة المصدر، إلى أن يبلغه التحديث المجدول. ويحمل كل صف تاريخه الخاص وعلامةً تبيّن كيف حُصّلت أرقامه، في الجدول وفي الملفات القابلة للتنزيل على السواء.
       *[reconstructed] جاءت بيانات نماذج Hub كلها حتى الآن من لقطة مُعاد بناؤها، جُمعت من استجابات Hub مسجَّلة علنًا ومن ملفات اختبار في مكتبات مفتوحة المصدر. ويحمل كل صف تاريخه الخاص وعلامةً تبيّن كيف حُصّلت أرقامه، في الجدول وفي الملفات القابلة للتنزيل على السواء.
    }


fit--browser_listed = يعرض الجدول { $shown ->
        [zero] { $shown } نموذج
        [one] نموذجًا واحدًا
        [two] نموذجين
        [few] { $shown } نماذج
        [many] { $shown } نموذجًا
       *[other] { $shown } نموذج
    } من أصل { $total }، المختارة منها والأكثر تنزيلًا، مرتَّبةً من الأصغر إلى الأكبر؛ وللعثور على الباقية، وعددها { $other }، ابحث في جدول النماذج، فصفحة كل نموذج تذكر نتيجته في علامة التبويب.







## web: Web quality (issue 14): the cue under a chart that scrolls sideways on a phone.

web--chart_scroll_hint = مرِّر أفقيًا لرؤية المخطط كاملًا.

## heading: The ¶ link beside each heading (its tooltip and accessible name; pipeline/site/page_html.py).

heading--permalink = رابط دائم لهذا القسم

## table

table--int4_estimate_note = تقدير من أشكال الموتِّرات في ملف إعداد النموذج: حجم نسخة Q4_K_M، أكثر نسخ GGUF ذات البتات الأربع شيوعًا، محسوبًا موتِّرًا موتِّرًا بقاعدة llama.cpp (تبقى بعض الموتِّرات بدقة أعلى)
table--int4_estimate_count = تقدير من عدد المَعلمات وحده: حجم نسخة Q4_K_M بحساب 4.5 بت لكل مَعلمة. أشكال الموتِّرات غير مسجَّلة، فلا تُحتسب الموتِّرات التي يُبقيها llama.cpp بدقة أعلى، ولذا يأتي الرقم أقل قليلًا من تقدير نموذج بالحجم نفسه محسوب من الأشكال

## calibration_chart: مخطّطا المعايرة في صفحة «عن البيانات» (issue 21): التوقّع مقابل القياس، للذاكرة وللسرعة.

calibration_chart--title = الذاكرة: المتوقَّعة مقابل المقيسة
calibration_chart--speed_title = سرعة التوليد: المتوقَّعة مقابل المقيسة
calibration_chart--axis_measured = الذاكرة المقيسة (GB، مقياس لوغاريتمي)
calibration_chart--axis_predicted = الذاكرة المتوقعة (GB، مقياس لوغاريتمي)
calibration_chart--speed_axis_measured = المقيسة (رمز في الثانية، مقياس لوغاريتمي)
calibration_chart--speed_axis_predicted = المتوقعة (رمز في الثانية، مقياس لوغاريتمي)
calibration_chart--legend_runtime = بيئة التشغيل
calibration_chart--legend_status = القياس
calibration_chart--status_tested = مُختبَر
calibration_chart--status_superseded = قديم، غير مُختبَر
calibration_chart--row_superseded = — قديم، غير مُختبَر
calibration_chart--run_qualified = { $name } ({ $note })
calibration_chart--run_repo_unnamed = المستودع غير مذكور
calibration_chart--run_ggml_ci = تحويل من اختبارات ggml الآلية
calibration_chart--band = في حدود { $percent }
calibration_chart--speed_band = المقيس ÷ المتوقَّع: { $range }
calibration_chart--tooltip = { $model }، { $runtime }، سياق { $context } رمزًا: القياس { $measured }، والتوقّع { $predicted } ({ $error }).
calibration_chart--speed_tooltip = { $model }، { $runtime }، { $format } على { $device }، بالرموز في الثانية: القياس { $measured }، والتوقّع { $predicted } ({ $error }).
calibration_chart--summary_tested =
    { $count ->
        [one] يشمل الاختبار قياسًا واحدًا للذاكرة، لا يبعد عن التوقّع أكثر من { $tolerance }، والفرق بين المتوقَّع والمقيس { $worst }.
        [two] يشمل الاختبار قياسَين للذاكرة، لا يبعد أيٌّ منهما عن التوقّع أكثر من { $tolerance }، وأكبر فرق بين المتوقَّع والمقيس { $worst }.
        [zero] يشمل الاختبار { $count } قياس للذاكرة من llama.cpp وvLLM وMLX، لا يبعد أيٌّ منها عن التوقّع أكثر من { $tolerance }، وأكبر فرق بين المتوقَّع والمقيس { $worst }.
        [few] يشمل الاختبار { $count } قياسات للذاكرة من llama.cpp وvLLM وMLX، لا يبعد أيٌّ منها عن التوقّع أكثر من { $tolerance }، وأكبر فرق بين المتوقَّع والمقيس { $worst }.
        [many] يشمل الاختبار { $count } قياسًا للذاكرة من llama.cpp وvLLM وMLX، لا يبعد أيٌّ منها عن التوقّع أكثر من { $tolerance }، وأكبر فرق بين المتوقَّع والمقيس { $worst }.
       *[other] يشمل الاختبار { $count } قياس للذاكرة من llama.cpp وvLLM وMLX، لا يبعد أيٌّ منها عن التوقّع أكثر من { $tolerance }، وأكبر فرق بين المتوقَّع والمقيس { $worst }.
    } النقطة الواقعة على الخط المتقطّع توقّعها مطابق تمامًا، والشريط المظلّل هو الفرق الذي يسمح به الاختبار.
calibration_chart--summary_superseded =
    { $count ->
        [one] ويظهر القياس القديم على شكل حلقة، ولا يدخل في الاختبار لأنه لم يعد يمثّل بيئة تشغيله.
        [two] ويظهر القياسان القديمان على شكل حلقتين، ولا يدخلان في الاختبار لأنهما لم يعودا يمثّلان بيئة تشغيلهما.
        [zero] وتظهر القياسات القديمة، وعددها { $count }، على شكل حلقات، ولا تدخل في الاختبار لأنها لم تعد تمثّل بيئة تشغيلها.
        [few] وتظهر القياسات القديمة، وعددها { $count }، على شكل حلقات، ولا تدخل في الاختبار لأنها لم تعد تمثّل بيئة تشغيلها.
        [many] وتظهر القياسات القديمة، وعددها { $count }، على شكل حلقات، ولا تدخل في الاختبار لأنها لم تعد تمثّل بيئة تشغيلها.
       *[other] وتظهر القياسات القديمة، وعددها { $count }، على شكل حلقات، ولا تدخل في الاختبار لأنها لم تعد تمثّل بيئة تشغيلها.
    }{ $overlap ->
        [together] { $count ->
            [two] {" "}وتكاد نقطتاهما تتطابقان، فتبدوان حلقة واحدة.
           *[other] {" "}وتكاد نقاطها تتطابق، فتبدو حلقة واحدة.
        }
        [some] { $count ->
            [two] {" "}ويكاد أحدهما يقع فوق نقطة أخرى.
           *[other] {" "}ويكاد بعضها يقع فوق نقطة أخرى.
        }
       *[none] {""}
    }
calibration_chart--speed_summary = قيست سرعة التوليد { $count ->
        [zero] { $count } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرة
       *[other] { $count } مرة
    }، بطلب واحد في كل مرة، وقورن كل قياس بالسرعة المتوقَّعة من عرض نطاق الذاكرة. وتتراوح السرعة المقيسة بين { $low } و{ $high } من المتوقَّعة، وهو المدى الذي يذكره الموقع مع كل تقدير.
calibration_chart--caption_memory = قياسات الذاكرة ({ $count }): التشغيل (مع رابط المصدر)، والسياق، والذاكرة المقيسة والمتوقَّعة، والفرق.
calibration_chart--caption_speed = قياسات سرعة التوليد ({ $count }): التشغيل (مع رابط المصدر)، والجهاز، والرموز في الثانية المقيسة والمتوقَّعة، والفرق.
calibration_chart--caption_worst = أكبر الفروق ({ $count })، بما فيها التشغيلات القديمة، وسبب كلّ منها.
calibration_chart--sign_convention = الفرق = (المتوقَّع − المقيس) ÷ المقيس؛ والفرق السالب يعني أن القاعدة توقّعت أقل مما قيس.
calibration_chart--col_run = التشغيل
calibration_chart--col_context = السياق (رموز)
calibration_chart--col_measured = المقيس
calibration_chart--col_predicted = المتوقَّع
calibration_chart--col_error = الفرق
calibration_chart--col_device = الجهاز
calibration_chart--col_measured_speed = المقيس (رمز/ث)
calibration_chart--col_predicted_speed = المتوقَّع (رمز/ث)
calibration_chart--col_reason = سبب الفرق
calibration_chart--reason_full_mask = جرى التشغيل قبل طلب الدمج رقم 40 في mlx-lm، حين كانت MLX تبني قناع انتباه كاملًا للموجّه الطويل (نحو 3 GB إضافية). القياس قديم، فلا يدخل في الاختبار.
calibration_chart--reason_small_batch = عالج التشغيل 128 رمزًا في كل دفعة، أما القاعدة فتفترض دفعة llama.cpp الافتراضية من 512 رمزًا، ومخزن مخرجاتها أكبر منه أربع مرات.
calibration_chart--reason_micro_batch = جرى التشغيل بدفعة صغرى من 1,024 رمزًا (‎-ub 1024) على أربع بطاقات رسوميات، فجاءت مخازن الحساب فيه أكبر مما تخصّصه القاعدة.
calibration_chart--reason_gib = كانت نسخة قديمة من mlx-lm تعرض هذه الذروة بوحدة «GB» وهي تحسبها بـGiB؛ وإذا قُرئت GiB جاءت أقل من التوقّع بمقدار { $gap }، وهو قريب من المخصّص الثابت الذي تضيفه القاعدة لـMLX، أي { $mlx_fixed }.

## fit_notes: جداول الملاءمة (issue 21): عند أي سياق حُكم على كل صف، وما الرقم وراء «لا تكفيه».

fit_notes--caption_browser = نماذج يمكن أن تعمل في تبويب متصفح: نسخة الويب، وأكبر ملف منفرد، والذاكرة اللازمة عند سياق من { $context } رمزًا، أو عند حدّ النموذج نفسه إن كان أقصر (ويذكر الصف ذلك). أما نسخة WebLLM فذاكرتها هي الرقم الذي تذكره WebLLM لها.
fit_notes--at_own_limit = { $verdict } عند حدّه البالغ { $count ->
        [zero] { $count } رمز
        [one] رمزًا واحدًا
        [two] رمزين
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }
fit_notes--needs_build_at_own_limit = { $verdict } (يحتاج أولًا إلى نسخة للويب، والذاكرة محسوبة عند حدّه البالغ { $count ->
        [zero] { $count } رمز
        [one] رمزًا واحدًا
        [two] رمزين
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    })
fit_notes--build_size_unknown = { $verdict }: حجم هذه النسخة نفسها غير مسجَّل. فبأوزان 32 بت (أسوأ الحالات) يحتاج إلى { $bound }، أي أكثر من { $usable } المتاحة في علامة التبويب؛ وبأوزان 4 بتات يحتاج إلى نحو { $size } عند { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }. والحكم يتوقف على دقة النسخة
fit_notes--build_size_unknown_file = { $verdict }: حجم هذه النسخة نفسها غير مسجَّل. فبأوزان 32 بت (أسوأ الحالات) تبلغ أوزانه { $bound }، أي أكثر من حدّ { $limit } للملف الواحد؛ وبأوزان 4 بتات يحتاج إلى نحو { $size } عند { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }. والحكم يتوقف على طريقة تخزين النسخة
fit_notes--build_size_unrecorded = { $verdict }: حجم هذه النسخة نفسها غير مسجَّل؛ والذاكرة تقديرية (≈) بأوزان النموذج ذات البتات الأربع عند { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }
fit_notes--upper_bound = { $verdict }: حجم هذه النسخة نفسها غير مسجَّل، لكنها حتى بأوزان 32 بت (أسوأ الحالات) لا تحتاج إلا إلى { $size } عند { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }
fit_notes--file_over_limit = { $verdict }: ملفه الأكبر { $size }، وهو يتجاوز حدّ { $limit } للملف الواحد
fit_notes--over_budget = { $verdict }: يحتاج إلى { $size }، أي أكثر من { $usable } المتاحة في علامة التبويب
fit_notes--over_budget_at_own_limit = { $verdict }: يحتاج عند حدّه، { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }، إلى { $size }، أي أكثر من { $usable } المتاحة في علامة التبويب
fit_notes--weights_alone = { $verdict }: الأوزان وحدها { $size }، وهي أكبر من الذاكرة المتاحة البالغة { $usable }
fit_notes--no_build_weights_alone = { $verdict }: لا نسخة للويب مسجَّلة، وأوزانه وحدها { $size }، أي أكثر من { $usable } المتاحة
fit_notes--weights_and_buffers = { $verdict }: الأوزان ({ $size }) ومخازن بيئة التشغيل المؤقتة تتجاوز معًا الذاكرة المتاحة البالغة { $usable }، ولا يبقى مكان لذاكرة KV المؤقتة
fit_notes--calc_caption = النتيجة لكل نموذج متتبَّع بأوزان 16 و8 و4 بتات عند السياق الذي تختاره؛ والنموذج الذي حدّه أقصر يظهر هنا «أطول من سياق النموذج»، أما جدول تبويب المتصفح أدناه فيحكم عليه عند حدّه ويذكر ذلك. القاعدة نفسها المستخدمة في الجداول أدناه.

## model_fit: صفحات النماذج (issue 23 item 4): ما تفترضه كل نتيجة، ولكل جهاز أطول سياق يكفيه والسرعة.

model_fit--active = يعمل { $active } من أصل { $total } من المَعلمات على كل رمز ({ $basis }). ويشمل المجموع الخبراء جميعًا؛ وهذه تبقى كلها في الذاكرة، لذا تُحسب الذاكرة بالمجموع، وتقديرات السرعة بالجزء العامل.
model_fit--active_files = يعمل { $active } من أصل { $total } من المَعلمات على كل رمز ({ $basis }). ويشمل المجموع كل موتر في ملفات الأوزان، ومنها الخبراء جميعًا؛ وهذه تبقى كلها في الذاكرة، لذا تُحسب الذاكرة بالمجموع، وتقديرات السرعة بالجزء العامل.
model_fit--active_main = يعمل { $active } من أصل { $main } من مَعلمات النموذج الرئيسي على كل رمز ({ $basis }). ويشمل المجموع، { $total }، كل موتر في ملفات الأوزان: الخبراء جميعًا، وهي تبقى كلها في الذاكرة، ووحدةً للتنبؤ بعدة رموز (multi-token prediction) فيها { $mtp } من المَعلمات، محفوظةً مع الأوزان ولا تعمل في التوليد العادي. لذا تُحسب الذاكرة بالمجموع، وتقديرات السرعة بالجزء العامل.
model_fit--counted_files = يشمل المجموع كل موتر في ملفات أوزان النموذج.
model_fit--counted_files_vision = يشمل المجموع كل موتر في ملفات أوزان النموذج، بما فيها موترات مُشفِّر الصور.
model_fit--mtp = ويشمل المجموع وحدةً للتنبؤ بعدة رموز (multi-token prediction) فيها { $mtp } من المَعلمات، محفوظةً مع الأوزان، ولا تعمل في التوليد العادي؛ أما النموذج الرئيسي ففيه { $main } من المَعلمات.
model_fit--limit = أطول سياق يقبله النموذج: { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزان
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }.
model_fit--limit_unknown = لا تذكر بيانات النموذج أطول سياق يقبله.
model_fit--weights_unknown = غير معروف ({ $reason ->
        [count] لا تذكر بيانات الموقع أحجام الملفات ولا عدد المَعلمات
       *[dtype] لا تذكر بيانات الموقع أحجام الملفات ولا الصيغة العددية التي خُزِّنت بها الأوزان
    })
model_fit--assumes = تفترض كل نتيجة أدناه أوزانًا بصيغة { $format } تعمل في { $runtime }، وسياقًا من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    }، { $kv ->
        [none] ولا ذاكرة KV مؤقتة (نموذج مُشفِّر وحده)
       *[other] وذاكرة KV مؤقتة بدقة { $kv } بتًا
    }.
model_fit--assumes_own_limit = تفترض كل نتيجة أدناه أوزانًا بصيغة { $format } تعمل في { $runtime }، وسياقًا من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    } (وهو حدّ النموذج نفسه، أقصر من { $usual } التي يعتمدها الموقع عادةً)، { $kv ->
        [none] ولا ذاكرة KV مؤقتة (نموذج مُشفِّر وحده)
       *[other] وذاكرة KV مؤقتة بدقة { $kv } بتًا
    }.
model_fit--assumes_estimate_own_limit = تفترض كل نتيجة أدناه ملف GGUF بصيغة { $build } حجمه تقديري (≈ { $size }) يعمل في { $runtime }، وسياقًا من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    } (وهو حدّ النموذج نفسه، أقصر من { $usual } التي يعتمدها الموقع عادةً)، { $kv ->
        [none] ولا ذاكرة KV مؤقتة (نموذج مُشفِّر وحده)
       *[other] وذاكرة KV مؤقتة بدقة { $kv } بتًا
    }.
model_fit--assumes_estimate = تفترض كل نتيجة أدناه ملف GGUF بصيغة { $build } حجمه تقديري (≈ { $size }) يعمل في { $runtime }، وسياقًا من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    }، { $kv ->
        [none] ولا ذاكرة KV مؤقتة (نموذج مُشفِّر وحده)
       *[other] وذاكرة KV مؤقتة بدقة { $kv } بتًا
    }.
model_fit--browser_row = أما صف تبويب المتصفح فيتبع جدول المتصفح: إن كانت للنموذج نسخة للويب مسجَّلة حُكم عليها بذاكرتها، وإن لم تكن فلا تكفيه متى زادت أوزانه وحدها على ذاكرة التبويب، وإلا فالنتيجة غير معروفة. ولا يُحسب له سياق ولا سرعة.
model_fit--web_build = { $verdict }: نسخته للويب، { $build }، تحتاج إلى { $size }
model_fit--web_build_file = { $verdict }: في نسخته للويب، { $build }، ملف حجمه { $size }، وهو أكبر من { $limit } التي تحمّلها علامة التبويب دفعة واحدة
model_fit--web_build_unsized = { $verdict }: نسخته للويب، { $build }، مسجَّلة دون حجمها
model_fit--caption = لكل جهاز: الذاكرة المتاحة، والنتيجة، وأطول سياق تكفيه الذاكرة دون أن يبلغ حدّ «بالكاد»، وتقدير سرعة التوليد. والنتيجة للسياق المذكور أعلاه؛ فإذا ظهر عدد من الرموز بجانب «لا تكفيه»، فذاكرة الجهاز تكفي النموذج حين يُقصَّر السياق إلى هذا العدد.
model_fit--col_context = أطول سياق تكفيه الذاكرة بهامش
model_fit--col_speed = رموز في الثانية (المدى)
model_fit--context_none = لا سياق يكفي
model_fit--context_full = كل السياق: { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزان
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }
model_fit--context_tokens = { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزان
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }
model_fit--speed = ≈ { $speed } ({ $low }–{ $high })
model_fit--speed_unknown = عرض نطاق الذاكرة غير معروف
model_fit--speed_not_generating = لا ينطبق: نموذج لا يولّد نصًّا
model_fit--speed_note = الرموز في الثانية: كل رمز جديد يقرأ الأوزان العاملة وذاكرة KV المؤقتة مرة واحدة، بنسبة { $efficiency } من عرض نطاق ذاكرة الجهاز مع تأخير ثابت، وفق مطابقة لقياسات منشورة؛ وتتراوح السرعات المقيسة بين { $low } و{ $high } من قيمة التقدير، وهذا هو المدى بين القوسين.
model_fit--calculator_link = افتح هذا النموذج في الحاسبة لتختار صيغة أو سياقًا أو دقة لذاكرة KV أو جهازًا آخر.
model_fit--calculator_offload = لا تكفي ذاكرة أي جهاز في هذه القائمة للنموذج كاملًا. وفي الحاسبة تستطيع أن تجرّب توزيعه بين بطاقة الرسوميات وذاكرة النظام (الإزاحة) وترى السرعة التي تبقى، إن كانت ذاكرة نظامك تتّسع للباقي.

## hub_model: Any Hub model in the calculator (issue 23; pipeline/site/hub_field.py, docs/assets/js/hub-model.js).

hub_model--label = أي نموذج على Hugging Face Hub: مُعرّفه أو عنوانه
hub_model--button = اقرأ من Hub
hub_model--note = لا يقرأ متصفحك ملف config.json لهذا النموذج وأعداد مَعلمات ملفات safetensors الخاصة به من { $endpoint } إلا حين تضغط الزر، من دون رمز وصول ومن دون تسجيل دخول؛ ولا يُرسَل شيء آخر.
hub_model--loading = جارٍ قراءة { $id } من Hub…
hub_model--invalid = «{ $text }» ليس مُعرّف نموذج على Hub. اكتبه بالصيغة owner/name، مثل Qwen/Qwen3-8B، أو الصق عنوان النموذج.
hub_model--not_found = لا يوجد على Hub نموذج عام باسم { $id }. تحقّق من الكتابة؛ النماذج الخاصة لا يمكن قراءتها هنا.
hub_model--gated = الوصول إلى { $id } مقيَّد: لا يعطي Hub ملفاته إلا للمستخدمين المسجّلين الذين قبلوا شروطه، لذا لا تستطيع هذه الصفحة قراءة config.json الخاص به.
hub_model--timeout = لم يُجب Hub خلال { $seconds } ثانية. حاول لاحقًا؛ الحاسبة أعلاه تبقى تعمل.
hub_model--malformed = جواب Hub عن { $id } ({ $file }) ليس JSON صالحًا، فلم يُحسب منه شيء.
hub_model--failed = تعذّر الوصول إلى Hub أو أجاب بخطأ ({ $status }). حاول لاحقًا؛ الحاسبة أعلاه تبقى تعمل.
hub_model--no_config = ليس لـ{ $id } ملف config.json، فلا يظهر إلا ما تقوله بيانات safetensors الخاصة به.
hub_model--unknown_arch = { $id } من نوع نماذج لا يحسبه هذا الموقع ({ $type })، لذا بعض الأرقام أدناه تقديرات أو غير معروفة.
hub_model--computed = حُسب من ملف config الخاص به: { $items }.
hub_model--not_computed = تعذّر حساب: { $items }.
hub_model--item_params = المَعلمات
hub_model--item_active = المَعلمات النشطة
hub_model--item_kv = ذاكرة KV المؤقتة
hub_model--item_context = حدّ السياق
hub_model--item_weights = أحجام الأوزان
hub_model--params = عدد مَعلمات { $name } هو { $params }.
hub_model--params_unknown = تعذّر حساب عدد مَعلماته: { $reason }.
hub_model--active = هو مزيج من الخبراء (MoE): يُستعمل منها { $active } من المَعلمات لكل رمز.
hub_model--context = حدّ سياقه، بعدد الرموز: { $tokens }.
hub_model--context_unknown = لا يذكر ملف config الخاص به حدًّا للسياق.
hub_model--kv = تأخذ ذاكرة KV المؤقتة الخاصة به بدقّة 16 بت { $bytes } لكل رمز من السياق.
hub_model--kv_window = تأخذ ذاكرة KV المؤقتة الخاصة به بدقّة 16 بت { $bytes } لكل رمز من السياق، وفوقها { $sliding } لكل رمز في طبقات النافذة المنزلقة، لـ{ $window } رمزًا على الأكثر.
hub_model--kv_state = ويحتفظ أيضًا بحالة ثابتة حجمها { $bytes }.
hub_model--kv_none = لا يحتفظ بذاكرة KV مؤقتة تكبر مع السياق (نموذج مُشفِّر فقط أو نموذج فضاء حالات).
hub_model--kv_unknown = تعذّر حساب ذاكرة KV المؤقتة الخاصة به: { $reason }.
hub_model--weights_title = الأوزان بكل صيغة (≈ تدلّ على تقدير حين لا يضمّ المستودع ملفًا كهذا):
hub_model--weights_item = { $format }: { $size }
hub_model--weights_item_estimated = { $format }: ≈ { $size }

## display: Display names and joins (pipeline/i18n/display_names.py, explorer.py): an in-browser build as the runtime and its quantization; an aside in brackets; a label before its value.

display--web_build = { $runtime } ({ $variant })
display--runtime_browser = إحدى بيئات المتصفح (Transformers.js أو MediaPipe أو WebLLM أو wllama)
display--aside = {" "}({ $text })
display--label = { $label }:{" "}
display--source_note = {" "}— { $label }:{" "}{ $text }
display--basis_date = { $basis } · { $date }

## calc: The calculator, one view per question (issue 23): pipeline/site/fit_view.py calculator() and docs/assets/js/fit-calculator.js, which reads every message through msg().

calc--nojs = تحتاج الحاسبة إلى JavaScript. ومن دونها تعطي الجداول أدناه الإجابات للأجهزة المحدّدة مسبقًا.
calc--model = النموذج
calc--model_placeholder = الاسم أو المعرّف، مثل llama 8b
calc--model_options = النماذج المطابقة لبحثك
calc--model_none = لا يطابق «{ $text }» أيَّ نموذج متتبَّع.
calc--model_failed = تعذّر تحميل أرقام «{ $name }».
calc--device = الجهاز
calc--own = جهازك أنت
calc--own_legend = جهازك
calc--device_named = { $name }
calc--own_name = { $count ->
        [one] بطاقة الرسوميات لديك ({ $size })
        [two] بطاقتَي الرسوميات لديك ({ $size } لكل منهما)
        [zero] بطاقات الرسوميات الـ{ $count } لديك ({ $size } لكل منها)
        [few] بطاقات الرسوميات الـ{ $count } لديك ({ $size } لكل منها)
        [many] بطاقات الرسوميات الـ{ $count } لديك ({ $size } لكل منها)
       *[other] بطاقات الرسوميات الـ{ $count } لديك ({ $size } لكل منها)
    }
calc--own_needs_vram = اكتب ذاكرة بطاقة الرسوميات، مثلًا 8.
calc--vram = ذاكرة بطاقة الرسوميات (GB كما تُباع)
calc--gpus = بطاقات رسوميات متطابقة
calc--bandwidth = عرض نطاق الذاكرة (GB/s)
calc--ram = ذاكرة النظام RAM (GB كما تُباع)
calc--format = صيغة الأوزان
calc--format_file = { $format }: { $size }
calc--format_estimate = ≈ { $format } (تقدير): { $size }
calc--format_unknown = { $format }: الحجم غير معروف
calc--format_mlx = تعمل { $format } في MLX، وهو يتطلب جهاز Mac بمعالج Apple، لذا تُعرض لـ{ $device } الصيغة الافتراضية.
calc--context = السياق (بالرموز)
calc--limit = يقرأ هذا النموذج { $limit ->
        [zero] { $limit } رمز
        [one] رمزًا واحدًا
        [two] رمزين
        [few] { $limit } رموز
        [many] { $limit } رمزًا
       *[other] { $limit } رمز
    } على الأكثر.
calc--limit_none = لا يذكر هذا النموذج حدًّا لسياقه.
calc--kv = دقّة ذاكرة KV المؤقتة
calc--kv_bits = { $bits } بت
calc--kv_kept = لا يدعم { $runtime } ذاكرة KV مؤقتة بدقّة { $asked } بت، فيحفظ القيم بدقّة { $bits } بت.
calc--kv_mla = يحفظ { $runtime } مفاتيح MLA وقيمها في هذا النموذج منفصلةً، فتبلغ ذاكرة KV المؤقتة نحو { $factor } ضعف ما يحتاجه vLLM، الذي يحفظ متجهًا كامنًا (latent) واحدًا لهما معًا.
calc--kv_smaller =
    { $verdict ->
        [fits] لو حُفظت ذاكرة KV المؤقتة بـ{ $bits } بتات (من حقل «دقّة ذاكرة KV المؤقتة» أعلاه) لاحتاج إلى { $total } ولكفته الذاكرة.
       *[tight] لو حُفظت ذاكرة KV المؤقتة بـ{ $bits } بتات (من حقل «دقّة ذاكرة KV المؤقتة» أعلاه) لاحتاج إلى { $total }، ولكفته الذاكرة بالكاد، فقد لا يُحمَّل.
    }
calc--tag = النوع
calc--tag_all = كل الأنواع
calc--tags--instruct = للتعليمات أو المحادثة
calc--tags--base = أساسي (تدريب مسبق فقط)
calc--tags--reasoning = استدلال
calc--tags--embedding = تضمين (embedding)
calc--tags--moe = مزيج الخبراء (MoE)
calc--tags--vision-language = رؤية ولغة
calc--tags--speech = كلام
calc--list_button = اعرض كل النماذج التي تكفيها الذاكرة أو تكفيها بالكاد
calc--bad_number = «{ $text }» ليس رقمًا. اكتب رقمًا مثل { $example }.
calc--bad_link = يطلب الرابط { $name } «{ $value }»، وهي قيمة غير معروفة هنا، فتُركت.
calc--unknown_model_link = يطلب الرابط النموذج «{ $value }»، وهو ليس من نماذج هذا الموقع.
calc--verdict--fits = يحتاج { $model } بصيغة { $format } إلى { $total } من { $usable } متاحة على { $device }، بسياق من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    }.
calc--verdict--tight = يحتاج { $model } بصيغة { $format } إلى { $total } من { $usable } متاحة على { $device }، أي أكثر من { $share } منها، بسياق من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    }، فقد لا يُحمَّل.
calc--verdict--no = يحتاج { $model } بصيغة { $format } إلى { $total }، ولا يُتاح على { $device } إلا { $usable }، بسياق من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    }.
calc--verdict--no_weights = يحتاج { $model } بصيغة { $format } إلى { $weights } لأوزانه وحدها، أي أكثر من { $usable } المتاحة على { $device }.
calc--verdict--too-long = سياق من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    } يتجاوز ما يقرؤه { $model }، وأقصاه { $limit ->
        [zero] { $limit } رمز
        [one] رمز واحد
        [two] رمزان
        [few] { $limit } رموز
        [many] { $limit } رمزًا
       *[other] { $limit } رمز
    }.
calc--verdict--unknown = لا يُعرف عن { $model } بصيغة { $format } ما يكفي للحكم هل تكفيه ذاكرة { $device }.
calc--bar = الذاكرة اللازمة، { $total }، مقابل { $usable } متاحة
calc--bar_weights = الأوزان: { $size }
calc--bar_kv = ذاكرة KV المؤقتة: { $size }
calc--bar_overhead = مخازن بيئة التشغيل: { $size }
calc--bar_usable = الذاكرة المتاحة: { $size }
calc--bar_tight = حدّ «بالكاد»: { $share } من الذاكرة المتاحة
calc--largest = أطول سياق تكفيه الذاكرة: { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزان
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }.
calc--largest_all = عند أقصى سياق يقبله النموذج، وهو { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزان
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }، تكفيه الذاكرة.
calc--largest_none = لا تتّسع الذاكرة للنموذج ولو قصّرت السياق إلى رمز واحد.
calc--largest_gpu_none = لا تتّسع ذاكرة الرسوميات وحدها للنموذج، ولو قصّرت السياق إلى رمز واحد.
calc--largest_unknown = أطول سياق تكفيه الذاكرة غير معروف: لا يذكر النموذج حدًّا لسياقه.
calc--largest_both = أطول سياق تكفيه الذاكرة بهامش: { $headroom ->
        [zero] { $headroom } رمز
        [one] رمز واحد
        [two] رمزان
        [few] { $headroom } رموز
        [many] { $headroom } رمزًا
       *[other] { $headroom } رمز
    }، وحتى { $runs ->
        [zero] { $runs } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $runs } رموز
        [many] { $runs } رمزًا
       *[other] { $runs } رمز
    }{ $full ->
        [yes] {" "}(حدّ النموذج)
       *[no] {""}
    } إن قبلتَ أن تكفيه بالكاد.
calc--largest_tight_only = لا يترك أي سياق هامشًا، وتكفيه الذاكرة بالكاد حتى { $runs ->
        [zero] { $runs } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $runs } رموز
        [many] { $runs } رمزًا
       *[other] { $runs } رمز
    }{ $full ->
        [yes] {" "}(حدّ النموذج)
       *[no] {""}
    }.
calc--too_long_also = وفوق ذلك، سياق من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    } يتجاوز ما يقرؤه { $model }، وأقصاه { $limit ->
        [zero] { $limit } رمز
        [one] رمز واحد
        [two] رمزان
        [few] { $limit } رموز
        [many] { $limit } رمزًا
       *[other] { $limit } رمز
    }.
calc--bar_partial = الذاكرة المحسوبة، { $total } (الأوزان وما هو معروف)، مقابل { $usable } متاحة
calc--unknown = غير معروف
calc--not_counted = لم تُحسب، لأن السياق يتجاوز حدّ النموذج
calc--speed = عدد الرموز في الثانية نحو { $speed } (على الأرجح بين { $low } و{ $high }): يُقرأ { $read } لكل رمز بعرض نطاق ذاكرة قدره { $bandwidth }.
calc--speed_moe = عدد الرموز في الثانية نحو { $speed } (على الأرجح بين { $low } و{ $high }): نموذج مزيج الخبراء لا يقرأ لكل رمز إلا مَعلماته النشطة: { $active } من أصل { $params }، أي { $read } بعرض نطاق ذاكرة قدره { $bandwidth }.
calc--speed_none = لا تقدير للسرعة: عرض نطاق ذاكرة هذا الجهاز غير مذكور.
calc--speed_rule = الطريقة: الثواني لكل رمز = البايتات المقروءة ÷ (عرض النطاق × { $efficiency }) ⁦+ { $latency } ms⁩، مضبوطة على سرعات توليد مَقيسة؛ والمدى من أبطأ التشغيلات المقيسة إلى أسرعها مقارنةً بهذه القاعدة.
# Review 9 (he #1): an encoder-only or embedding model generates no text: no speed, and no KV cache in the bar.
calc--no_decode = لا تقدير للسرعة: نموذج المُشفِّر وحده لا يولّد النص رمزًا بعد رمز.
calc--kv_none = لا شيء (نموذج مُشفِّر وحده)
calc--assume_encoder = الافتراضات: ملف { $format } يعمل في { $runtime }، ولا ذاكرة KV مؤقتة (نموذج مُشفِّر وحده)، وسياق من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    }، والمتاح من { $gpu ->
        [yes] ذاكرة الرسوميات
       *[other] ذاكرة الجهاز
    } { $usable }.
# Review 9 (he #3): the context asked is the model's maximum, or was set to it (calc-offload.js LSCalcOffload.enc).
calc--largest_at_max = وهذا أيضًا أطول سياق يقبله النموذج.
calc--largest_capped = ضُبط السياق على { $count ->
        [zero] { $count } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }، وهو أقصى ما يقبله النموذج.
calc--offload = بالإزاحة إلى ذاكرة النظام (تقدير): { $layers } من { $count ->
        [zero] طبقاته الـ{ $count }
        [one] طبقته الوحيدة
        [two] طبقتيه
        [few] طبقاته الـ{ $count }
        [many] طبقاته الـ{ $count }
       *[other] طبقاته الـ{ $count }
    } في ذاكرة الرسوميات ({ $gpu })، والباقي في ذاكرة النظام ({ $cpu })، وعدد الرموز في الثانية نحو { $speed } (على الأرجح بين { $low } و{ $high }).
calc--offload_nospeed = بالإزاحة إلى ذاكرة النظام (تقدير): { $layers } من { $count ->
        [zero] طبقاته الـ{ $count }
        [one] طبقته الوحيدة
        [two] طبقتيه
        [few] طبقاته الـ{ $count }
        [many] طبقاته الـ{ $count }
       *[other] طبقاته الـ{ $count }
    } في ذاكرة الرسوميات ({ $gpu })، والباقي في ذاكرة النظام ({ $cpu })؛ ولا تقدير للسرعة من دون عرض نطاق ذاكرة البطاقة.
calc--offload_no_ram = حتى بالإزاحة إلى ذاكرة النظام لا تكفيه الذاكرة: الطبقات المتروكة لذاكرة النظام تحتاج إلى { $cpu }، وليس في النظام إلا { $ram } من ذاكرة RAM (فالقيمة { $typed } المكتوبة في الحقل تُحسب بوحدة GiB، كما يحسبها المصنّعون).
calc--offload_ask_ram = اكتب حجم ذاكرة النظام لترى كم طبقة يمكن أن تبقى في ذاكرة الرسوميات والباقي في ذاكرة النظام.
calc--offload_engine = لا تُحسب الإزاحة إلى ذاكرة النظام إلا لملفات GGUF في llama.cpp؛ فإن اخترت { $formats } من القائمة رأيتها محسوبةً بحجم تلك الصيغة، لا بحجم الصيغة الحالية، { $format } ({ $weights }).
calc--offload_engine_none = لا تُحسب الإزاحة إلى ذاكرة النظام إلا لملفات GGUF في llama.cpp، وليس لهذا النموذج أي منها.
calc--offload_rule = الطريقة: كما في الخيار `--n-gpu-layers` في llama.cpp، تحمل كل طبقة حصة متساوية من الأوزان ومن ذاكرة KV المؤقتة، وتبقى مخازن بيئة التشغيل في ذاكرة الرسوميات؛ ويُفترض أن ذاكرة النظام تُقرأ بسرعة { $ram_bandwidth } (DDR5-5600 بقناتين)، وتجمع السرعة زمن قراءة كل جزء من ذاكرته؛ وتُحسب ذاكرة النظام كلها متاحةً، وهذا تفاؤل: فنظام التشغيل والتطبيقات المفتوحة تشغل جزءًا منها.
calc--assume = الافتراضات: ملف { $format } يعمل في { $runtime }، وذاكرة KV المؤقتة محفوظة بدقّة { $bits } بت، وسياق من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    }، والمتاح من { $gpu ->
        [yes] ذاكرة الرسوميات
       *[other] ذاكرة الجهاز
    } { $usable }.
calc--assume_estimate = لم يُسجَّل هنا ملف بهذه الصيغة: حجمه تقديري (≈).
calc--assume_own = تُقرأ ذاكرة بطاقتك بوحدة GB التي يكتبها المصنّع، وهي في الحقيقة GiB، والمتاح منها { $share }، كما في البطاقات المحدّدة مسبقًا.
calc--gpus_rule_vllm = يقسم vLLM كل طبقة بين البطاقات (توازي الموترات، `--tensor-parallel-size { $count }`)، وتحتفظ كل بطاقة بمخازن بيئة التشغيل الخاصة بها، فتُحسب مرة لكل بطاقة؛ والمتاح إجمالًا { $usable }.
calc--gpus_speed_vllm = حُسب تقدير السرعة أعلاه كما لو كانت بطاقة واحدة؛ ومع توازي الموترات تعمل البطاقات في الوقت نفسه، فتكون السرعة الفعلية عادةً أعلى.
calc--gpus_rule = { $count ->
        [one] بطاقة رسوميات واحدة.
        [two] بطاقتا رسوميات متطابقتان: تُقسَم الطبقات بينهما (الوضع الافتراضي في llama.cpp: `--split-mode layer`)، وتحتفظ كل منهما بمخازن بيئة التشغيل الخاصة بها، فتُحسب مرتين؛ والمتاح إجمالًا { $usable }. تعمل البطاقتان بالتناوب، فيستغرق الرمز الزمن نفسه الذي يستغرقه على بطاقة واحدة.
       *[other] { $count } { $count ->
            [few] بطاقات رسوميات متطابقة
            [zero] بطاقة رسوميات متطابقة
            [many] بطاقة رسوميات متطابقة
           *[other] بطاقة رسوميات متطابقة
        }: تُقسَم الطبقات بينها (الوضع الافتراضي في llama.cpp: `--split-mode layer`)، وتحتفظ كل منها بمخازن بيئة التشغيل الخاصة بها، فتُحسب { $count } { $count ->
            [few] مرات
           *[other] مرة
        }؛ والمتاح إجمالًا { $usable }. تعمل البطاقات بالتناوب، فيستغرق الرمز الزمن نفسه الذي يستغرقه على بطاقة واحدة.
    }
calc--reverse_heading = كل النماذج التي تكفيها الذاكرة
calc--family--fp16 = 16 بت
calc--family--int8 = 8 بتات
calc--family--int4 = 4 بتات
calc--summary =
    { $count ->
        [zero] لا نماذج بأوزان { $family } عند سياق من { $context } رمزًا على { $device }: { $counts }.
        [one] نموذج واحد بأوزان { $family } عند سياق من { $context } رمزًا على { $device }: { $counts }.
        [two] نموذجان بأوزان { $family } عند سياق من { $context } رمزًا على { $device }: { $counts }.
        [few] { $count } نماذج بأوزان { $family } عند سياق من { $context } رمزًا على { $device }: { $counts }.
        [many] { $count } نموذجًا بأوزان { $family } عند سياق من { $context } رمزًا على { $device }: { $counts }.
       *[other] { $count } نموذج بأوزان { $family } عند سياق من { $context } رمزًا على { $device }: { $counts }.
    }
calc--count--fits =
    { $count ->
        [zero] { $count } تكفيها الذاكرة
        [one] واحد تكفيه الذاكرة
        [two] اثنان تكفيهما الذاكرة
        [few] { $count } تكفيها الذاكرة
        [many] { $count } تكفيها الذاكرة
       *[other] { $count } تكفيها الذاكرة
    }
calc--count--tight =
    { $count ->
        [zero] { $count } تكفيها بالكاد
        [one] واحد تكفيه بالكاد
        [two] اثنان تكفيهما بالكاد
        [few] { $count } تكفيها بالكاد
        [many] { $count } تكفيها بالكاد
       *[other] { $count } تكفيها بالكاد
    }
calc--count--no =
    { $count ->
        [zero] { $count } لا تكفيها
        [one] واحد لا تكفيه
        [two] اثنان لا تكفيهما
        [few] { $count } لا تكفيها
        [many] { $count } لا تكفيها
       *[other] { $count } لا تكفيها
    }
calc--count--too-long =
    { $count ->
        [zero] { $count } سياقها أقصر
        [one] واحد سياقه أقصر
        [two] اثنان سياقهما أقصر
        [few] { $count } سياقها أقصر
        [many] { $count } سياقها أقصر
       *[other] { $count } سياقها أقصر
    }
calc--too_long_apart = { $count ->
        [zero] { $count } نموذج لم تُفحص هنا لأن أقصى سياق لها أقصر من
        [one] نموذج واحد لم يُفحص هنا لأن أقصى سياق له أقصر من
        [two] نموذجان لم يُفحصا هنا لأن أقصى سياق لهما أقصر من
        [few] { $count } نماذج لم تُفحص هنا لأن أقصى سياق لها أقصر من
        [many] { $count } نموذجًا لم تُفحص هنا لأن أقصى سياق لها أقصر من
       *[other] { $count } نموذج لم تُفحص هنا لأن أقصى سياق لها أقصر من
    } { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    }؛ والرسم البياني أدناه يفحص كل نموذج عند { $chart ->
        [zero] { $chart } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $chart } رموز
        [many] { $chart } رمزًا
       *[other] { $chart } رمز
    }، أو عند حدّه هو إن كان أقصر.
calc--count--unknown =
    { $count ->
        [zero] { $count } نتيجتها غير معروفة
        [one] واحد نتيجته غير معروفة
        [two] اثنان نتيجتهما غير معروفة
        [few] { $count } نتيجتها غير معروفة
        [many] { $count } نتيجتها غير معروفة
       *[other] { $count } نتيجتها غير معروفة
    }
calc--count--unrecorded =
    { $count ->
        [zero] { $count } تكفيها الذاكرة دون حدّ سياق مسجَّل
        [one] واحد تكفيه الذاكرة دون حدّ سياق مسجَّل
        [two] اثنان تكفيهما الذاكرة دون حدّ سياق مسجَّل
        [few] { $count } تكفيها الذاكرة دون حدّ سياق مسجَّل
        [many] { $count } تكفيها الذاكرة دون حدّ سياق مسجَّل
       *[other] { $count } تكفيها الذاكرة دون حدّ سياق مسجَّل
    }
calc--unrecorded_apart =
    { $count ->
        [zero] { $count } نموذج تكفيها الذاكرة، لكن لم يُسجَّل حدّ لسياقها، فلا تُعدّ بين ما يكفي عند هذا السياق: { $names }.
        [one] نموذج واحد تكفيه الذاكرة، لكن لم يُسجَّل حدّ لسياقه، فلا يُعدّ بين ما يكفي عند هذا السياق: { $names }.
        [two] نموذجان تكفيهما الذاكرة، لكن لم يُسجَّل حدّ لسياقهما، فلا يُعدّان بين ما يكفي عند هذا السياق: { $names }.
        [few] { $count } نماذج تكفيها الذاكرة، لكن لم يُسجَّل حدّ لسياقها، فلا تُعدّ بين ما يكفي عند هذا السياق: { $names }.
        [many] { $count } نموذجًا تكفيها الذاكرة، لكن لم يُسجَّل حدّ لسياقها، فلا تُعدّ بين ما يكفي عند هذا السياق: { $names }.
       *[other] { $count } نموذج تكفيها الذاكرة، لكن لم يُسجَّل حدّ لسياقها، فلا تُعدّ بين ما يكفي عند هذا السياق: { $names }.
    }
calc--reverse_caption = النماذج التي تكفيها الذاكرة، من الأكبر إلى الأصغر بعدد مَعلماتها الفعلي لا بالرقم الذي في اسمها.
calc--reverse_none = لا يوجد نموذج من هذا النوع تكفيه الذاكرة.
calc--col_model = النموذج
calc--col_format = الصيغة
calc--col_needed = الذاكرة اللازمة
calc--col_verdict = النتيجة
calc--col_largest = أطول سياق (بهامش / بالكاد)
calc--col_speed = رموز في الثانية
calc--scroll_hint = مرِّر أفقيًا لترى كل الأعمدة.
calc--model_no_match = لا يطابق «{ $text }» أيَّ نموذج متتبَّع. جرِّب اسمًا أقصر، أو الصق مُعرّف نموذج على Hub بالصيغة owner/name ثم اضغط Enter.
calc--model_more =
    { $count ->
        [one] يطابق البحثَ نموذج واحد آخر لا يظهر في القائمة: اكتب المزيد من اسمه لتراه.
        [two] يطابق البحثَ نموذجان آخران لا يظهران في القائمة: اكتب المزيد من الاسم لتراهما.
        [zero] يطابق البحثَ { $count } نموذج آخر لا تظهر في القائمة: اكتب المزيد من الاسم لتراها.
        [few] يطابق البحثَ { $count } نماذج أخرى لا تظهر في القائمة: اكتب المزيد من الاسم لتراها.
        [many] يطابق البحثَ { $count } نموذجًا آخر لا تظهر في القائمة: اكتب المزيد من الاسم لتراها.
       *[other] يطابق البحثَ { $count } نموذج آخر لا تظهر في القائمة: اكتب المزيد من الاسم لتراها.
    }

# Reverse list (review 4): its heading and order as shown, the models it leaves out and why, the browser tab's rule.
calc--reverse_heading_runs = كل النماذج التي تكفيها الذاكرة أو تكفيها بالكاد
calc--reverse_caption_order = النماذج التي تكفيها الذاكرة أو تكفيها بالكاد (يبيّن عمود النتيجة أيّهما)، مرتبةً من الأكثر مَعلماتٍ إلى الأقل؛ وتأتي في الآخر النماذج التي لا يُعرف عدد مَعلماتها، مرتبةً من الأكثر حاجةً إلى الذاكرة إلى الأقل.
calc--unknown_left_out =
    { $count ->
        [one] لم يُدرج نموذج واحد لأن نتيجته غير معروفة: لا تُعرف ذاكرة KV المؤقتة الخاصة به، أو ليست له أوزان بهذه الدقة ({ $names }). اختره في حقل «النموذج» لترى ما الذي ينقص.
        [two] لم يُدرج نموذجان لأن نتيجتهما غير معروفة: لا تُعرف ذاكرة KV المؤقتة الخاصة بهما، أو ليست لهما أوزان بهذه الدقة ({ $names }). اختر أحدهما في حقل «النموذج» لترى ما الذي ينقص.
        [zero] لم يُدرج { $count } نموذج لأن نتيجتها غير معروفة: لا تُعرف ذاكرة KV المؤقتة الخاصة بها، أو ليست لها أوزان بهذه الدقة ({ $names }). اختر أحدها في حقل «النموذج» لترى ما الذي ينقص.
        [few] لم يُدرج { $count } نماذج لأن نتيجتها غير معروفة: لا تُعرف ذاكرة KV المؤقتة الخاصة بها، أو ليست لها أوزان بهذه الدقة ({ $names }). اختر أحدها في حقل «النموذج» لترى ما الذي ينقص.
        [many] لم يُدرج { $count } نموذجًا لأن نتيجتها غير معروفة: لا تُعرف ذاكرة KV المؤقتة الخاصة بها، أو ليست لها أوزان بهذه الدقة ({ $names }). اختر أحدها في حقل «النموذج» لترى ما الذي ينقص.
       *[other] لم يُدرج { $count } نموذج لأن نتيجتها غير معروفة: لا تُعرف ذاكرة KV المؤقتة الخاصة بها، أو ليست لها أوزان بهذه الدقة ({ $names }). اختر أحدها في حقل «النموذج» لترى ما الذي ينقص.
    }
calc--summary_web =
    { $count ->
        [one] نموذج واحد له نسخة للويب مسجَّلة هنا، ويُحكم عليه كما في جدول المتصفح، عند سياق من { $context } رمزًا على { $device }: { $counts }.
        [two] نموذجان لهما نسخة للويب مسجَّلة هنا، ويُحكم عليهما كما في جدول المتصفح، عند سياق من { $context } رمزًا على { $device }: { $counts }.
        [zero] { $count } نموذج لها نسخ للويب مسجَّلة هنا، ويُحكم عليها كما في جدول المتصفح، عند سياق من { $context } رمزًا على { $device }: { $counts }.
        [few] { $count } نماذج لها نسخ للويب مسجَّلة هنا، ويُحكم عليها كما في جدول المتصفح، عند سياق من { $context } رمزًا على { $device }: { $counts }.
        [many] { $count } نموذجًا لها نسخ للويب مسجَّلة هنا، ويُحكم عليها كما في جدول المتصفح، عند سياق من { $context } رمزًا على { $device }: { $counts }.
       *[other] { $count } نموذج لها نسخ للويب مسجَّلة هنا، ويُحكم عليها كما في جدول المتصفح، عند سياق من { $context } رمزًا على { $device }: { $counts }.
    }
calc--web_rule = الطريقة: لا تُحسب في علامة التبويب إلا نسخة مبنية للمتصفح (WebLLM أو Transformers.js أو MediaPipe أو LiteRT)، لا ملف GGUF ولا safetensors، ولا يجوز أن يتجاوز أيُّ ملف واحد حدَّ حجم الملف في المتصفح. تحتاج نسخة WebLLM إلى الذاكرة التي يذكرها WebLLM لها، عند سياقها الخاص؛ وتحتاج أي نسخة أخرى إلى أوزانها مع ذاكرة KV المؤقتة ومخازن بيئة التشغيل عند السياق الذي اخترته، أو، إن لم يُسجَّل حجمها، إلى حجمها بدقة 32 بت على الأكثر. لا تُقدَّر السرعة في علامة التبويب.
calc--web_left_out =
    { $count ->
        [one] ولم يُدرج نموذج واحد آخر لأنه لا نسخة للويب مسجَّلة له.
        [two] ولم يُدرج نموذجان آخران لأنه لا نسخة للويب مسجَّلة لهما.
        [zero] ولم يُدرج { $count } نموذج آخر لأنه لا نسخة للويب مسجَّلة لها.
        [few] ولم تُدرج { $count } نماذج أخرى لأنه لا نسخة للويب مسجَّلة لها.
        [many] ولم يُدرج { $count } نموذجًا آخر لأنه لا نسخة للويب مسجَّلة لها.
       *[other] ولم يُدرج { $count } نموذج آخر لأنه لا نسخة للويب مسجَّلة لها.
    }
# Review 8 (ar #13): a row that is itself a web build (Transformers.js), off a browser tab (calc-list.js).
calc--web_only_left_out =
    { $count ->
        [one] ولم يُدرج هنا نموذج واحد آخر لأنه هو نفسه نسخة للويب، لا يُحكم عليها إلا في علامة تبويب المتصفح.
        [two] ولم يُدرج هنا نموذجان آخران لأنهما نسختان للويب، لا يُحكم عليهما إلا في علامة تبويب المتصفح.
        [zero] ولم يُدرج هنا { $count } نموذج آخر لأنها نسخ للويب، لا يُحكم عليها إلا في علامة تبويب المتصفح.
        [few] ولم تُدرج هنا { $count } نماذج أخرى لأنها نسخ للويب، لا يُحكم عليها إلا في علامة تبويب المتصفح.
        [many] ولم يُدرج هنا { $count } نموذجًا آخر لأنها نسخ للويب، لا يُحكم عليها إلا في علامة تبويب المتصفح.
       *[other] ولم يُدرج هنا { $count } نموذج آخر لأنها نسخ للويب، لا يُحكم عليها إلا في علامة تبويب المتصفح.
    }
# Review 5 (fcalc): one model on a browser tab (calc-list.js LSCalcList.one).
calc--web_none = غير معروف: لا نسخة للويب مسجَّلة هنا لـ{ $model }، وعلامة تبويب المتصفح لا تشغّل إلا نسخة مبنية للمتصفح.
calc--web_stated = يحتاج { $model } بصيغة { $format } إلى { $total } من { $usable } متاحة على { $device }، كما يذكر { $runtime } للسياق الذي بُنيت له النسخة.
calc--web_stated_no = يحتاج { $model } بصيغة { $format } على { $device } إلى { $total }، لكن المتاح { $usable } فقط (الرقم الذي يذكره { $runtime } للسياق الذي بُنيت له النسخة).
calc--web_file = { $model } بصيغة { $format } لا تكفيه ذاكرة { $device }: أحد ملفاته أكبر مما تستطيع علامة تبويب المتصفح تحميله.
# Review 9 (ar #1): no web build, and even its 4-bit weights exceed the tab: the verdict the model page and the fit chart give.
calc--web_none_weights = لا تكفيه: لا نسخة للويب مسجَّلة هنا لـ{ $model }، وأوزانه وحدها { $weights }، أي أكثر من { $usable } المتاحة في علامة التبويب.
explorer--fit_assumes_web = ما يُحسب في علامة تبويب المتصفح: نسخة مبنية للمتصفح فقط (WebLLM وTransformers.js وMediaPipe وLiteRT)، يُحكم عليها كما في الحاسبة وجدول المتصفح عند { $context } رمزًا؛ ولا تنطبق دقة الأوزان المختارة هنا. ولا يُدرج نموذج لا نسخة للويب مسجَّلة له، أو حدُّ سياقه أقصر.
# Review 5 (fcalc): past the model's context limit the KV cache and buffers are not counted, so not assumed either.
calc--assume_past = الافتراضات: ملف { $format } يعمل في { $runtime }، والمتاح من { $gpu ->
        [yes] ذاكرة الرسوميات
       *[other] ذاكرة الجهاز
    } { $usable }؛ ولم تُحسب ذاكرة KV المؤقتة ولا مخازن بيئة التشغيل، لأن سياقًا من { $context ->
        [zero] { $context } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $context } رموز
        [many] { $context } رمزًا
       *[other] { $context } رمز
    } أطول من حدّ النموذج.
calc--offload_past = لا يُحسب التقسيم بين المعالج وبطاقة الرسوميات بعد حدّ النموذج، لأن ذاكرة KV المؤقتة هناك لا تُحسب: اختر سياقًا لا يزيد على { $limit ->
        [zero] { $limit } رمز
        [one] رمز واحد
        [two] رمزين
        [few] { $limit } رموز
        [many] { $limit } رمزًا
       *[other] { $limit } رمز
    } لترى التقسيم.
# Review 5 (fcalc): a model whose size was never published (GPT-4): the reason, not an int4 file.
calc--undisclosed = غير معروف: حجم { $model } غير مُعلَن وأوزانه لم تُنشر، فليس هناك ما يُشغَّل على { $device }.
# Review 5 (fcalc): the list's longest-context cell for a model that states no limit.
calc--col_no_limit = غير معروف (لا حدّ سياق مسجَّل)
calc--col_build_context = غير معروف (ذاكرة هذه النسخة معروفة عند سياقها المبني فقط)
calc--col_none = لا سياق يكفي
calc--col_at_limit = { $tokens } (حدّ النموذج)
# Review 9 (ar #3): the headroom half of a tight model's longest-context cell ("no headroom / 26,013").
calc--col_no_headroom = بلا هامش
calc--unknown_undisclosed =
    { $count ->
        [one] لم يُدرج نموذج واحد لأن عدد مَعلماته لم يُنشر.
        [two] لم يُدرج نموذجان لأن عدد مَعلماتهما لم يُنشر.
        [zero] لم يُدرج { $count } نموذج لأن عدد مَعلماتها لم يُنشر.
        [few] لم يُدرج { $count } نماذج لأن عدد مَعلماتها لم يُنشر.
        [many] لم يُدرج { $count } نموذجًا لأن عدد مَعلماتها لم يُنشر.
       *[other] لم يُدرج { $count } نموذج لأن عدد مَعلماتها لم يُنشر.
    }
explorer--fit_unknown =
    { $count ->
        [one] ونموذج واحد آخر يطابق التصفية لكنه غير معروض: لا يُعرف عنه ما يكفي (لعدم نشر الحجم أو لعدم معرفة ذاكرة KV المؤقتة) للحكم على ما إذا كانت الذاكرة تكفيه.
        [two] ونموذجان آخران يطابقان التصفية لكنهما غير معروضين: لا يُعرف عنهما ما يكفي (لعدم نشر الحجم أو لعدم معرفة ذاكرة KV المؤقتة) للحكم على ما إذا كانت الذاكرة تكفيهما.
        [zero] و{ $count } نموذج آخر تطابق التصفية لكنها غير معروضة: لا يُعرف عنها ما يكفي (لعدم نشر الحجم أو لعدم معرفة ذاكرة KV المؤقتة) للحكم على ما إذا كانت الذاكرة تكفيها.
        [few] و{ $count } نماذج أخرى تطابق التصفية لكنها غير معروضة: لا يُعرف عنها ما يكفي (لعدم نشر الحجم أو لعدم معرفة ذاكرة KV المؤقتة) للحكم على ما إذا كانت الذاكرة تكفيها.
        [many] و{ $count } نموذجًا آخر تطابق التصفية لكنها غير معروضة: لا يُعرف عنها ما يكفي (لعدم نشر الحجم أو لعدم معرفة ذاكرة KV المؤقتة) للحكم على ما إذا كانت الذاكرة تكفيها.
       *[other] و{ $count } نموذج آخر تطابق التصفية لكنها غير معروضة: لا يُعرف عنها ما يكفي (لعدم نشر الحجم أو لعدم معرفة ذاكرة KV المؤقتة) للحكم على ما إذا كانت الذاكرة تكفيها.
    }
explorer--fit_unrecorded =
    { $count ->
        [one] وهناك نموذج آخر تكفيه الذاكرة، لكنه لا يظهر هنا لأنه لم يُسجَّل حدّ لسياقه: { $names }.
        [two] وهناك نموذجان آخران تكفيهما الذاكرة، لكنهما لا يظهران هنا لأنه لم يُسجَّل حدّ لسياقهما: { $names }.
        [zero] وهناك { $count } نموذج آخر تكفيها الذاكرة، لكنها لا تظهر هنا لأنه لم يُسجَّل حدّ لسياقها: { $names }.
        [few] وهناك { $count } نماذج أخرى تكفيها الذاكرة، لكنها لا تظهر هنا لأنه لم يُسجَّل حدّ لسياقها: { $names }.
        [many] وهناك { $count } نموذجًا آخر تكفيها الذاكرة، لكنها لا تظهر هنا لأنه لم يُسجَّل حدّ لسياقها: { $names }.
       *[other] وهناك { $count } نموذج آخر تكفيها الذاكرة، لكنها لا تظهر هنا لأنه لم يُسجَّل حدّ لسياقها: { $names }.
    }
