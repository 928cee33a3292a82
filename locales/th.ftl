# Messages of LLM Sizes (th), Project Fluent syntax: https://projectfluent.org/fluent/guide/
# Ids are the dotted keys of the Python API with each '.' written '--'. Keep every { $variable } of
# the English message; write whole sentences, with a select ({ $count -> … }) where the words change.

## language

language--name = ไทย
language--dir = ltr

## site

site--name = LLM Sizes
site--description =
    { $basis ->
        [live] LLM แต่ละตัวใหญ่แค่ไหนกันแน่ ทั้งจำนวนพารามิเตอร์ ขนาดดาวน์โหลด และหน่วยความจำ จากข้อมูลที่อ่านจาก Hugging Face Hub
        [mixed] LLM แต่ละตัวใหญ่แค่ไหนกันแน่ ทั้งจำนวนพารามิเตอร์ ขนาดดาวน์โหลด และหน่วยความจำ จากข้อมูลของ Hugging Face Hub และข้อเท็จจริงที่มีแหล่งอ้างอิง
       *[reconstructed] LLM แต่ละตัวใหญ่แค่ไหนกันแน่ ทั้งจำนวนพารามิเตอร์ ขนาดดาวน์โหลด และหน่วยความจำ พร้อมบอกที่มาของตัวเลขทุกตัว
    }






## figure

figure--unknown = ไม่ทราบ
figure--undisclosed = ไม่เปิดเผย
figure--approx = ≈ { $value }
# ls:speed: a model's estimated decode speed on a device, the model page's figure and range; $speed selects the form (a decimal such as 4.7 takes the default)
figure--speed = ประมาณ { $speed } โทเค็นต่อวินาที (น่าจะอยู่ระหว่าง { $low } ถึง { $high })

## units

units--kB = kB
units--MB = MB
units--GB = GB
units--GiB = GiB
units--TB = TB

## table

table--caption_models = โมเดล { $count } ตัว เรียงจากเล็กไปใหญ่
table--model = โมเดล
table--params = พารามิเตอร์
table--size_class = กลุ่มขนาด
table--dtype = ชนิดข้อมูลที่เก็บ
table--weights = ขนาดดาวน์โหลด (ค่าน้ำหนักชุดหลัก)
table--memory_fp16 = หน่วยความจำที่ fp16
table--memory_int4 = หน่วยความจำที่ int4
table--basis = ที่มาของตัวเลข
table--stale = ข้อมูลไม่อัปเดต
table--estimated_note = ประมาณจากจำนวนพารามิเตอร์ ไม่ได้วัดจากขนาดไฟล์จริง
table--caption_size_classes = กลุ่มขนาด และจำนวนโมเดลที่เว็บไซต์ติดตามในแต่ละกลุ่ม
table--caption_precision = { $model }: หน่วยความจำสำหรับค่าน้ำหนักอย่างเดียว แยกตามความละเอียดตัวเลข
table--range = ช่วงจำนวนพารามิเตอร์
table--range_below = 0 – { $high }
table--range_from = { $low } – ∞
table--count = จำนวนโมเดล
table--examples = ตัวอย่าง
table--precision = ความละเอียดตัวเลข
table--bytes_per_param = ไบต์ต่อพารามิเตอร์
table--memory = หน่วยความจำสำหรับค่าน้ำหนัก

## basis

basis--hub-safetensors = Hub (safetensors)
basis--hub-gguf = Hub (GGUF)
basis--file-sizes = ขนาดไฟล์จริง
basis--config-count = คำนวณจากไฟล์ config
basis--config-estimate = ประมาณจากไฟล์ config
basis--published = ตัวเลขที่ประกาศไว้
basis--reconstructed = สแนปช็อตที่สร้างย้อนหลัง
basis--third-party = ตัวเลขจากแหล่งภายนอก

## size_class

size_class--under-1b = ต่ำกว่า 1B
size_class--1b = 1B
size_class--2b-4b = 2–5B
size_class--7b-9b = 5–10B
size_class--10b-20b = 10–20B
size_class--20b-40b = 20–40B
size_class--40b-100b = 40–100B
size_class--100b-300b = 100–300B
size_class--300b-1t = 300B–1T
size_class--1t-plus = 1T ขึ้นไป

## notice

notice--fallback = หน้านี้ยังไม่ได้แปลเป็นภาษา{ $language } จึงแสดงต้นฉบับภาษาอังกฤษแทน
notice--outdated = ต้นฉบับภาษาอังกฤษของหน้านี้มีการแก้ไขหลังจากที่แปลไว้ <a href="{ $url }">อ่านฉบับภาษาอังกฤษล่าสุด</a>
notice--data_as_of =
    { $basis ->
        [live] ตัวเลขในหน้านี้อ่านจาก Hugging Face Hub ครั้งล่าสุดเมื่อ { $live_date }
        [mixed] ตัวเลขของโมเดล { $live } ตัวในหน้านี้อ่านจาก Hugging Face Hub ครั้งล่าสุดเมื่อ { $live_date } ส่วนที่เหลือสร้างขึ้นใหม่จากข้อเท็จจริงที่มีแหล่งอ้างอิง ซึ่งรวบรวมเมื่อ { $reconstructed_date }
       *[reconstructed] ตัวเลขในหน้านี้สร้างขึ้นใหม่จากข้อเท็จจริงที่มีแหล่งอ้างอิง ซึ่งรวบรวมเมื่อ { $reconstructed_date } ยังไม่มีตัวใดอ่านสดจาก Hugging Face Hub
    }{ $published ->
        [0] {""}
       *[other] {" "}ส่วนโมเดลที่ไม่ได้อยู่บน Hub ใช้ขนาดที่ผู้พัฒนาเผยแพร่ หรือไม่มีขนาดเลยหากผู้พัฒนาไม่เปิดเผย
    }





notice--stale_models = มีโมเดล { $count } ตัวที่อัปเดตไม่สำเร็จ จึงแสดงข้อมูลล่าสุดที่ใช้ได้แทน (ติดป้าย “ข้อมูลไม่อัปเดต”)
notice--freshness_more = ข้อมูลอัปเดตอย่างไร ดูได้ที่หัวข้อ “<a href="{ $url }">ความสดใหม่ของข้อมูล</a>” ในหน้า “ที่มาของข้อมูล”

## glossary

glossary--parameter = พารามิเตอร์
    .avoid = พารามิเตอร์ส | พารามิเตอร
glossary--parameter_count = จำนวนพารามิเตอร์
glossary--size_class = กลุ่มขนาด
    .avoid = รุ่นน้ำหนัก
glossary--download_size = ขนาดดาวน์โหลด
glossary--weights = ค่าน้ำหนัก (weights)
    .avoid = ค่าถ่วงน้ำหนัก
glossary--quantization = ควอนไทเซชัน (quantization)
    .avoid = ควอนไทซ์เซชัน | ควอนไทเซชั่น
glossary--precision = ความละเอียดตัวเลข (precision)
glossary--pruning = พรูนนิง (pruning)
    .avoid = พรุนนิ่ง | พรูนนิ่ง | พรุนนิง
glossary--distillation = การกลั่นความรู้ (knowledge distillation)
glossary--lora = LoRA (Low-Rank Adaptation)
glossary--parameter_sharing = การแชร์พารามิเตอร์ (parameter sharing)
glossary--mixture_of_experts = Mixture of Experts (MoE)
glossary--active_parameters = พารามิเตอร์ที่ทำงานจริง (active parameters)
glossary--kv_cache = KV cache
glossary--context_window = หน้าต่างบริบท (context window)
glossary--inference = การอนุมาน (inference)
glossary--on_device = รันบนอุปกรณ์ (on-device)
glossary--model_card = การ์ดโมเดล (model card)
glossary--token = โทเค็น (token)
    .avoid = โทเคน
glossary--base_model = โมเดลฐาน (ผ่านแค่การเทรนล่วงหน้า)
    .avoid = ผ่านการฝึกล่วงหน้าอย่างเดียว
glossary--instruct_model = ทำตามคำสั่งหรือแชต
    .avoid = แชตหรือทำตามคำสั่ง
glossary--reasoning_model = ให้เหตุผล (reasoning)
    .avoid = การให้เหตุผล
glossary--embedding_model = เอ็มเบดดิง (embedding)
glossary--unified_memory = หน่วยความจำร่วม
glossary--model_id = ชื่อหรือไอดีของโมเดล
    .avoid = ชื่อหรือรหัส
glossary--offloading = offloading

## translations

translations--caption = สถานะการแปล ต้นฉบับภาษาอังกฤษมี { $pages } หน้า และข้อความในส่วนติดต่อผู้ใช้ { $keys } รายการ
translations--language = ภาษา
translations--pages_current = แปลตรงฉบับล่าสุด (หน้า)
translations--pages_outdated = ต้องปรับปรุง (หน้า)
translations--pages_missing = ยังไม่แปล (หน้า)
translations--ui_strings = ข้อความส่วนติดต่อผู้ใช้ที่แปลแล้ว
translations--ui_value = { $done } จาก { $total }
translations--not_published = ยังไม่อยู่ในเมนูภาษา

## chart: Charts (pipeline/chart_specs.py, pipeline/charts.py): titles, axes, legends, tooltips, captions.

chart--fit--title = โมเดลเด่นบนแต่ละอุปกรณ์ (ค่าน้ำหนัก 4 บิต บริบท 4,096 โทเค็น หรือเท่าที่โมเดลรับได้ถ้าสั้นกว่า)
chart--fit--summary =
    { $small_count ->
        [0] ในโมเดลเด่น { $total } ตัว ไม่มีตัวใดพอสำหรับอุปกรณ์เล็กที่สุด คือ{ $small }
       *[other] ในโมเดลเด่น { $total } ตัว มี { $small_count } ตัวที่พอสำหรับอุปกรณ์เล็กที่สุด คือ{ $small }
    }{ $large_count ->
        [0] {" "}และไม่มีตัวใดพอสำหรับอุปกรณ์ใหญ่ที่สุด คือ { $large }
       *[other] {" "}และ { $large_count } ตัวที่พอสำหรับอุปกรณ์ใหญ่ที่สุด คือ { $large }
    } เมื่อค่าน้ำหนักเป็น 4 บิตและบริบท 4,096 โทเค็น (หรือเท่าที่โมเดลรับได้ถ้าสั้นกว่า) ส่วนแท็บเบราว์เซอร์นับเฉพาะโมเดลที่มีรุ่นสำหรับเว็บที่บันทึกไว้





chart--show_numbers = ดูตัวเลขเบื้องหลังกราฟนี้
chart--scale--title = จำนวนพารามิเตอร์ของทุกโมเดลที่ติดตาม
chart--scale--axis_params = พารามิเตอร์ (สเกลลอการิทึม เส้นตารางแต่ละเส้น ×10)
chart--scale--legend = กลุ่มขนาด
chart--scale--tooltip = { $name } ({ $id }): พารามิเตอร์ { $params }ตัว กลุ่มขนาด { $size_class }
chart--scale--undisclosed = ไม่เปิดเผยขนาด จึงไม่ได้แสดงในกราฟ
chart--scale--unknown = ยังไม่มีข้อมูล จึงไม่ได้แสดงในกราฟ
chart--scale--summary = โมเดลที่ทราบขนาด { $count } ตัว บนแกนลอการิทึมที่เส้นตารางแต่ละเส้นมีค่าเป็นสิบเท่าของเส้นก่อนหน้า ตั้งแต่ { $smallest_name } ที่มีพารามิเตอร์ { $smallest }ตัว ไปจนถึง { $largest_name } ที่มี { $largest }ตัว
chart--scale--summary_missing =
    { $case ->
        [both] มีโมเดลที่ติดตามอยู่ { $total } ตัวที่ไม่ได้แสดงในกราฟ: { $undisclosed } ตัวที่ผู้พัฒนาไม่เปิดเผยขนาด และอีก { $unknown } ตัวที่ยังไม่ทราบจำนวนพารามิเตอร์
        [undisclosed] มีโมเดลที่ติดตามอยู่ { $undisclosed } ตัวที่ไม่ได้แสดงในกราฟ เพราะผู้พัฒนาไม่เปิดเผยขนาด
       *[unknown] มีโมเดลที่ติดตามอยู่ { $unknown } ตัวที่ไม่ได้แสดงในกราฟ เพราะยังไม่ทราบจำนวนพารามิเตอร์
    }
chart--scale--histogram_title = โมเดลที่ติดตามบนสเกลจำนวนพารามิเตอร์
chart--classes--title = จำนวนโมเดลในแต่ละกลุ่มขนาด
chart--classes--bar_label = { $count } · { $examples }
chart--classes--axis_class = กลุ่มขนาด
chart--classes--axis_count = จำนวนโมเดล
chart--classes--tooltip = { $size_class }: { $count } โมเดล เช่น { $examples }
chart--classes--summary = โมเดลที่ทราบขนาด { $total } ตัว แบ่งตามกลุ่มขนาด กลุ่มที่มีโมเดลมากที่สุดคือกลุ่ม “{ $size_class }” ซึ่งมี { $count } ตัว ข้างแท่งแต่ละแท่งมีชื่อโมเดลตัวอย่างกำกับไว้
chart--memory--title = หน่วยความจำสำหรับค่าน้ำหนักที่ความละเอียดตัวเลขแต่ละระดับ
chart--memory--axis_bytes = หน่วยความจำสำหรับค่าน้ำหนัก (สเกลลอการิทึม)
chart--memory--legend = ความละเอียดตัวเลข
chart--memory--tooltip = { $name } ที่ { $precision }: { $size }
chart--memory--device = { $device } ใช้ได้ { $usable }
chart--memory--summary = โมเดลเด่น { $count } ตัว คิดเฉพาะค่าน้ำหนัก ลดความละเอียดตัวเลขลงหนึ่งขั้น หน่วยความจำจะลดลงครึ่งหนึ่ง: { $name } ใช้ { $fp32 } ที่ fp32, { $fp16 } ที่ fp16, { $int8 } ที่ int8 และ { $int4 } ที่ int4 โดยคิดพารามิเตอร์ละ 4, 2, 1 และ 0.5 ไบต์พอดี (ไฟล์ที่ควอนไทซ์จริงจะใหญ่กว่านี้ และบางโมเดลก็ใหญ่กว่าพอสมควร) เส้นประแสดงหน่วยความจำที่อุปกรณ์ทั่วไปสามแบบเหลือให้โมเดลใช้ได้
chart--downloads--title = พารามิเตอร์กับขนาดดาวน์โหลด แยกตามรูปแบบไฟล์
chart--downloads--axis_params = พารามิเตอร์ (สเกลลอการิทึม)
chart--downloads--axis_bytes = ขนาดดาวน์โหลด (สเกลลอการิทึม)
chart--downloads--legend = รูปแบบไฟล์
chart--downloads--guide = { $precision }
chart--downloads--tooltip = { $name }, { $format } { $variant }: { $size } สำหรับพารามิเตอร์ { $params }ตัว
chart--downloads--format_safetensors = safetensors
chart--downloads--format_pytorch = PyTorch (.bin)
chart--downloads--format_gguf = GGUF
chart--downloads--format_onnx = ONNX
chart--downloads--format_tflite = TensorFlow Lite
chart--downloads--format_mediapipe = MediaPipe
chart--downloads--format_other = อื่น ๆ
chart--downloads--variant_default = ค่าเริ่มต้น
chart--downloads--variant_consolidated = แบบรวมไฟล์
chart--downloads--format_estimate = ค่าน้ำหนักชุดหลัก (ประมาณ)
chart--downloads--summary = จุดทึบแต่ละจุดคือไฟล์ค่าน้ำหนักจริงที่ดาวน์โหลดได้ ทั้งหมด { $files } ไฟล์จาก { $models } โมเดล ส่วนวงกลมกลวงคือขนาดค่าน้ำหนักชุดหลักที่ประมาณจากจำนวนพารามิเตอร์ ({ $estimated } โมเดล) จุดที่อยู่บนเส้นประใช้จำนวนไบต์ต่อพารามิเตอร์ตามเส้นนั้นพอดี (fp32: 4, fp16: 2, int8: 1, int4: 0.5) ไฟล์ที่ผ่านควอนไทเซชันแล้วจึงอยู่ใต้เส้น fp16 จุดที่มีขนาดเท่ากันจะซ้อนกันจนเห็นเป็นจุดเดียว
chart--classes--tooltip_count = { $size_class }: { $count } โมเดล






## data_table: Tables added for the charts, and the download links under the model table (pipeline/tables.py).

data_table--download = ดาวน์โหลดตารางทั้งหมดพร้อมตัวเลขละเอียด:
data_table--caption_params = โมเดล { $count } ตัว เรียงตามจำนวนพารามิเตอร์จากน้อยไปมาก คลิกหัวคอลัมน์เพื่อเรียงลำดับใหม่
data_table--caption_memory = หน่วยความจำสำหรับค่าน้ำหนักอย่างเดียวที่ความละเอียดตัวเลขแต่ละระดับ ของโมเดลเด่น คลิกหัวคอลัมน์เพื่อเรียงลำดับใหม่
data_table--caption_downloads = ไฟล์ค่าน้ำหนักที่ดาวน์โหลดได้และค่าประมาณ { $count } รายการ แยกตามโมเดลและรูปแบบไฟล์ คลิกหัวคอลัมน์เพื่อเรียงลำดับใหม่
data_table--format = รูปแบบไฟล์
data_table--file = ไฟล์หรือความละเอียดตัวเลข
data_table--bytes = ขนาดดาวน์โหลด
data_table--bytes_per_param = ไบต์ต่อพารามิเตอร์

## notfound

notfound--title = ไม่พบหน้านี้
notfound--text = ไม่มีหน้าเว็บที่ที่อยู่นี้ หน้านี้อาจถูกย้ายไปแล้ว หรือลิงก์อาจพิมพ์ผิด
notfound--home = ไปที่หน้าแรก

## palette

palette--to_dark = เปลี่ยนเป็นโหมดมืด
palette--to_light = เปลี่ยนเป็นโหมดสว่าง

## explorer: The models explorer (models page) and the generated per-model pages.

explorer--packed_unknown_bits = ค่าน้ำหนักแบบแพ็ก ไม่ระบุจำนวนบิต: ตัวเลขจาก Hub นับจำนวนตัวเลขที่เก็บไว้ ไม่ใช่จำนวนค่าน้ำหนัก
explorer--search_label = ค้นหาโมเดล
explorer--search_placeholder = ชื่อหรือไอดีของโมเดล
explorer--filter_band = กลุ่มขนาด
explorer--filter_family = ตระกูล
explorer--filter_format = รูปแบบไฟล์
explorer--filter_gated = การเข้าถึง
explorer--filter_device = รันได้บน
explorer--any = ทั้งหมด
explorer--gated_open = เปิด
explorer--gated_gated = จำกัดสิทธิ์ (ต้องยอมรับเงื่อนไขก่อน)
explorer--reset = ล้างตัวกรอง
explorer--caption = โมเดลที่เว็บไซต์ติดตาม
explorer--formats = รูปแบบไฟล์
explorer--first_view =
    { $order ->
        [downloads] ตารางแสดง { $shown } ตัวแรกจากโมเดลที่ติดตามทั้งหมด { $total } ตัว เริ่มจากโมเดลเด่น ตามด้วยโมเดลที่มีผู้ดาวน์โหลดมากที่สุด
       *[size] ตารางแสดง { $shown } ตัวแรกจากโมเดลที่ติดตามทั้งหมด { $total } ตัว เริ่มจากโมเดลเด่น ตามด้วยโมเดลอื่นเรียงจากเล็กไปใหญ่
    }
explorer--no_script = หากไม่เปิด JavaScript จะค้นหา กรอง หรือเรียงลำดับตารางนี้ไม่ได้ และตารางจะแสดงเฉพาะแถวเหล่านี้ ไฟล์ CSV และ JSON ใต้ตารางมีข้อมูลของทุกโมเดล
explorer--matching = มีโมเดลตรงเงื่อนไข { $count } ตัวจากทั้งหมด { $total } ตัว





explorer--show_all = แสดงโมเดลทั้งหมด { $total } ตัว
explorer--show_more = แสดงเพิ่ม
explorer--no_match = ไม่มีโมเดลที่ตรงกับตัวกรองเหล่านี้
explorer--sort_hint = เลือกเพื่อเรียงลำดับ
explorer--downloads = ดาวน์โหลดข้อมูลทั้งหมด:
explorer--back = ← โมเดลทั้งหมด
explorer--exact = ค่าแน่นอน: { $count }
explorer--downloads_heading = การดาวน์โหลดตามรูปแบบไฟล์
explorer--no_downloads =
    { $estimated ->
        [yes] ยังไม่ได้บันทึกไฟล์ของโมเดลนี้ ขนาดดาวน์โหลดด้านบนจึงเป็นค่าประมาณ
       *[no] ยังไม่ได้บันทึกไฟล์ดาวน์โหลดแยกของโมเดลนี้ เช่น GGUF หรือ MLX
    }
explorer--memory_note = ถ้าเว็บไซต์บันทึกไฟล์จริงไว้ ตัวเลขคือขนาดของไฟล์นั้น ถ้าไม่มีจะเป็นค่าประมาณ (≈) คือ 2 ไบต์ต่อพารามิเตอร์สำหรับ fp16 และขนาดไฟล์ GGUF แบบ Q8_0 หรือ Q4_K_M สำหรับ int8 และ int4 สำหรับ int8 และ int4 ผลประเมินด้านล่างใช้ไฟล์ GGUF (ไฟล์จริงหรือค่าประมาณ) เพราะเป็นไฟล์ที่ llama.cpp รัน ส่วนไฟล์ LiteRT หรือ MediaPipe ในตารางนี้ใช้ตัดสินเฉพาะในแถวแท็บเบราว์เซอร์
explorer--instruct_variant = แปลงจากรุ่น Instruct ซึ่งมีจำนวนพารามิเตอร์เท่ากัน
explorer--no_count = ไม่มีจำนวนพารามิเตอร์ในข้อมูล
explorer--weights_unknown = ข้อมูลไม่ได้ระบุทั้งขนาดไฟล์และรูปแบบตัวเลขของค่าน้ำหนักชุดหลัก จึงไม่ได้ประมาณขนาดดาวน์โหลด ดูขนาดโดยประมาณที่ 16 บิตได้ในคอลัมน์ “หน่วยความจำที่ fp16”
explorer--mlx_build = เวอร์ชัน MLX
explorer--mlx_bits = { $bits } บิต
explorer--fit_heading = เครื่องนี้รันไหวไหม
explorer--device = อุปกรณ์
explorer--usable = หน่วยความจำที่ใช้ได้
explorer--verdict = ผล
explorer--verdict_fits = พอ
explorer--verdict_tight = เฉียดฉิว
explorer--verdict_no = ไม่พอ
explorer--verdict_unknown = ไม่ทราบ
explorer--fit_note = หน่วยความจำขั้นต่ำที่โมเดลนี้ต้องใช้ ในรูปแบบไฟล์ที่เล็กที่สุดและบริบทที่สั้นที่สุด: { $size }
explorer--fit_unavailable = ยังไม่มีข้อมูลว่าโมเดลนี้รันบนอุปกรณ์ใดได้บ้าง
explorer--sources_heading = ตัวเลขมาจากไหน
explorer--hub_link = เปิดใน Hugging Face Hub
explorer--source_link = เปิดแหล่งที่มา
explorer--fetched = ข้อมูล ณ วันที่ { $date }
explorer--license = สัญญาอนุญาต: { $license }
explorer--license_other = สัญญาอนุญาต: ข้อกำหนดเฉพาะของโมเดล (ดูการ์ดโมเดล)
explorer--license_named = สัญญาอนุญาต: { $name } (สัญญาเฉพาะของโมเดลนี้ ไม่ใช่สัญญาอนุญาตมาตรฐานที่ Hub มีแท็กให้)
explorer--license_unknown = สัญญาอนุญาต: ยังไม่ได้บันทึก
explorer--access_open = ดาวน์โหลดได้ทันที
explorer--access_gated = จำกัดสิทธิ์: ต้องยอมรับสัญญาอนุญาตบน Hub ก่อน
explorer--access_manual = จำกัดสิทธิ์: ต้องขอสิทธิ์เข้าถึงบน Hub และเจ้าของจะอนุมัติทีละคำขอ
explorer--access_unknown = ยังไม่ได้บันทึกสิทธิ์การเข้าถึง
explorer--terms_unknown = ยังไม่ได้บันทึกสัญญาอนุญาตและสิทธิ์การเข้าถึง
explorer--fetched_revision = ข้อมูล ณ วันที่ { $date } คอมมิต { $revision }
explorer--scale_title = โมเดลเด่น
explorer--filter_tag = ประเภท
explorer--tag_code = เขียนโค้ด
explorer--tag_encoder = เอนโค้ดเดอร์ (จำแนก เติมคำ)
explorer--filter_min = จำนวนพารามิเตอร์อย่างน้อย
explorer--filter_max = จำนวนพารามิเตอร์ไม่เกิน
explorer--min_placeholder = 1B
explorer--max_placeholder = 70B
explorer--fit_legend = หน่วยความจำพอ
explorer--filter_memory = หรือหน่วยความจำของคุณเอง
explorer--memory_placeholder = 8 GB
explorer--fit_precision = ค่าน้ำหนัก
explorer--fit_context = บริบท (โทเค็น)
explorer--fit_assumes = สิ่งที่นับ: ค่าน้ำหนักแบบ { $precision } + KV cache ที่ { $context } โทเค็น (16 บิต) + บัฟเฟอร์ของรันไทม์ที่โหลดค่าน้ำหนักนั้น (llama.cpp สำหรับ int8 และ int4 เซิร์ฟเวอร์แบบ vLLM สำหรับ fp16) ต้องไม่เกินหน่วยความจำที่ใช้ได้ของอุปกรณ์ หรือหน่วยความจำทั้งหมดที่คุณพิมพ์ โมเดลที่รองรับบริบทได้สั้นกว่านี้จะไม่แสดง
explorer--bad_size = “{ $text }” ไม่ใช่จำนวนพารามิเตอร์ พิมพ์ตัวเลขพร้อม B, M หรือ T เช่น 7B, 1.5B หรือ 500M
explorer--bad_memory = “{ $text }” ไม่ใช่ขนาดหน่วยความจำ พิมพ์จำนวนกิกะไบต์ เช่น 8, 8 GB หรือ 8 GiB




explorer--all_listed = ตารางแสดงโมเดลที่ติดตามครบทั้ง { $total } ตัว




explorer--first_listed = ตารางแสดง { $shown } ตัวแรกจากโมเดลที่ติดตามทั้งหมด { $total } ตัว




explorer--matching_partial = มีโมเดลตรงเงื่อนไข { $count } ตัวจากทั้งหมด { $total } ตัว ตารางแสดง { $shown } ตัวแรก









## fit: "Will it run?" (pipeline/site/fit_view.py, fit_tables.py, docs/assets/js/fit-calculator.js)

fit--verdict--fits = พอ
fit--verdict--tight = เฉียดฉิว
fit--verdict--no = ไม่พอ
fit--verdict--too-long = ยาวเกินบริบทของโมเดล
fit--verdict--unknown = ไม่ทราบ
fit--verdict_legend = ผลการประเมิน
fit--kind--browser = แท็บเบราว์เซอร์ (WebGPU) { $size }
fit--kind--phone = โทรศัพท์ { $size }
fit--kind--laptop = แล็ปท็อป Apple silicon { $size }
fit--kind--gpu = การ์ดจอเกมมิง { $size }
fit--kind--datacenter_gpu = GPU ศูนย์ข้อมูล { $size }
fit--kind--mini_pc = มินิพีซี หน่วยความจำร่วม { $size }
fit--device = อุปกรณ์
fit--memory = หน่วยความจำ
fit--usable_share = สัดส่วนที่ใช้ได้
fit--usable = หน่วยความจำที่ใช้ได้
fit--basis = เหตุผลของสัดส่วนนี้ (แหล่งที่มา)
fit--source = สเปก
fit--source_link = แหล่งที่มา
# the capacity printed on the box when it differs from the GiB the device name gives (data/devices.yaml memory_reported)
fit--sold_as = ขายในชื่อ “{ $label }”
fit--none = ไม่มีโมเดลที่ติดตามอยู่ตัวใด
fit--largest_int4 = โมเดลใหญ่สุดที่พอ (4 บิต)
fit--column_file = ไฟล์ { $format } ของรีโพเอง รันบน { $runtime }
fit--web_build = รุ่นสำหรับเว็บ
fit--no_web_build = ไม่มีในรายการ
fit--needs_web_build = (ยังไม่ได้บันทึกรุ่นสำหรับเว็บ)
fit--largest_file = ไฟล์เดี่ยวที่ใหญ่ที่สุด
fit--needed = หน่วยความจำที่ต้องใช้
fit--tab_budget = ในแท็บ
fit--caption_devices = อุปกรณ์ หน่วยความจำที่แต่ละเครื่องรายงาน และสัดส่วนที่โมเดลใช้ได้ ชื่ออุปกรณ์บอกหน่วยความจำเป็น GiB ซึ่งเป็นหน่วยฐานสองที่อุปกรณ์รายงาน (8 GiB = 8.59 GB) ตัวเลขอื่นทั้งหมดเป็น GB ฐานสิบเหมือนทั้งเว็บไซต์
fit--caption_largest = โมเดลใหญ่ที่สุดในรายการที่ยังพอสำหรับแต่ละอุปกรณ์ เมื่อค่าน้ำหนักเป็น 16, 8 และ 4 บิต ที่บริบท { $context } โทเค็น และ KV cache 16 บิต (ค่าน้ำหนัก 8 และ 4 บิตเป็น GGUF ใน llama.cpp ส่วน 16 บิตคิดแบบเซิร์ฟเวอร์แบบ vLLM กับทุกอุปกรณ์ รวมถึงโทรศัพท์และ Mac ที่ vLLM รันไม่ได้ ตัวเลขนี้ใช้เทียบเท่านั้น ไม่ใช่คำแนะนำ) ชื่ออุปกรณ์บอกหน่วยความจำเป็น GiB ส่วนตัวเลขในตารางเป็น GB ฐานสิบ
fit--caption_ladder = โมเดลใหญ่ที่สุดในรายการที่ยังพอสำหรับแต่ละอุปกรณ์ เมื่อค่าน้ำหนักเป็น 4 บิต (GGUF ใน llama.cpp) ที่บริบท { $context } โทเค็น และ KV cache 16 บิต ชื่ออุปกรณ์บอกหน่วยความจำเป็น GiB ส่วนตัวเลขในตารางเป็น GB ฐานสิบ (4 GiB = 4.29 GB)
fit--caption_browser_row = แถวแท็บเบราว์เซอร์นับเฉพาะโมเดลที่มีรุ่นสำหรับเว็บ และตัดสินแบบเดียวกับตารางเบราว์เซอร์ คือใช้หน่วยความจำของรุ่นนั้นเอง หรือค่าสูงสุดที่เป็นไปได้ถ้าไม่มีบันทึกขนาด
fit--caption_browser = โมเดลที่อาจรันในแท็บเบราว์เซอร์ได้: รุ่นสำหรับเว็บ ไฟล์เดี่ยวที่ใหญ่ที่สุด และหน่วยความจำที่ต้องใช้ที่ { $context } โทเค็น
fit--caption_matrix = ผลการประเมินของโมเดลเด่นแต่ละตัวบนแต่ละอุปกรณ์ ค่าน้ำหนัก 4 บิต บริบท { $context } โทเค็น หรือเท่าที่โมเดลรับได้ถ้าสั้นกว่า
fit--calc_nojs = เครื่องคำนวณนี้ต้องใช้ JavaScript หากไม่มี ตารางด้านล่างให้คำตอบเดียวกันสำหรับอุปกรณ์ที่กำหนดไว้
fit--calc_device = อุปกรณ์
fit--calc_custom = อื่น ๆ: พิมพ์ขนาดหน่วยความจำ
fit--calc_gb = หน่วยความจำที่ใช้ได้ (GB)
fit--calc_context = ความยาวบริบท
fit--calc_kv = ความละเอียดของ KV cache
fit--calc_kv_bits = { $bits } บิต
fit--calc_assumptions = สมมติว่า ค่าน้ำหนัก 16 บิตรันบนเซิร์ฟเวอร์แบบ vLLM ส่วนค่าน้ำหนัก 8 และ 4 บิตเป็นไฟล์ GGUF ใน llama.cpp (ใช้ไฟล์จริงถ้าโมเดลมี) KV cache แบบ { $kv } บริบท { $context } โทเค็น รันไทม์ที่ไม่มี cache แบบนั้นจะใช้ความละเอียดที่สูงขึ้นถัดไป
fit--calc_tokens = { $count } โทเค็น
fit--calc_model = โมเดล
fit--calc_needed = หน่วยความจำที่ต้องใช้
fit--calc_usable = หน่วยความจำที่ใช้ได้
fit--calc_summary = เมื่อใช้ได้ { $usable } ที่ { $context } โทเค็น ค่าน้ำหนัก 4 บิต: พอ { $fits } เฉียดฉิว { $tight } ไม่พอ { $no }
fit--calc_invalid = พิมพ์จำนวนกิกะไบต์ เช่น 16
fit--calc_caption = ผลการประเมินของโมเดลที่ติดตามแต่ละตัว เมื่อค่าน้ำหนักเป็น 16, 8 และ 4 บิต ใช้กฎเดียวกับตารางด้านล่าง
fit--why--browser = งบทั้งหมดของแท็บ คือฮีป WebAssembly แบบ 32 บิต
fit--why--phone = ระบบและแอปที่ค้างอยู่ในหน่วยความจำใช้ไปราวครึ่งหนึ่ง
fit--why--laptop =
    { $share ->
        [two_thirds] macOS ให้ GPU ใช้หน่วยความจำร่วมได้ราว 65–75% สำหรับหน่วยความจำไม่เกิน 32 GB เราใช้ค่าสองในสาม
       *[three_quarters] macOS ให้ GPU ใช้หน่วยความจำร่วมได้ราว 65–75% สำหรับหน่วยความจำเกิน 32 GB เราใช้ค่าสามในสี่
    }
fit--why--gpu = จอภาพ ไดรเวอร์ และรันไทม์กัน VRAM ไว้ส่วนหนึ่ง บนเซิร์ฟเวอร์มักตั้งให้ใช้ได้ 90%
fit--why--mini_pc = ไดรเวอร์ให้ GPU ใช้ได้ถึง 96 GiB จาก 128 GiB
fit--why--datacenter_gpu = ไดรเวอร์และรันไทม์กันหน่วยความจำ GPU ไว้ส่วนหนึ่ง บนเซิร์ฟเวอร์มักตั้งให้ใช้ได้ 90%
fit--freshness =
    { $basis ->
        [live] เว็บไซต์ติดตามโมเดลทั้งหมด { $total } ตัว ข้อมูลของโมเดลบน Hub ทุกตัวอ่านจาก Hugging Face Hub ครั้งล่าสุดเมื่อ { $live_date }
        [mixed] เว็บไซต์ติดตามโมเดลทั้งหมด { $total } ตัว จนถึงตอนนี้อ่านข้อมูลสดจาก Hugging Face Hub แล้ว { $live } ตัว ครั้งล่าสุดเมื่อ { $live_date } อีก { $reconstructed } ตัวยังใช้ตัวเลขที่สร้างขึ้นใหม่จากข้อเท็จจริงซึ่งรวบรวมเมื่อ { $reconstructed_date } ทุกข้อระบุแหล่งที่มาไว้
       *[reconstructed] เว็บไซต์ติดตามโมเดลทั้งหมด { $total } ตัว ยังไม่มีโมเดลใดอ่านสดจาก Hugging Face Hub ตัวเลขของโมเดลบน Hub ทั้ง { $reconstructed } ตัวสร้างขึ้นใหม่จากข้อเท็จจริงที่รวบรวมเมื่อ { $reconstructed_date } ทุกข้อระบุแหล่งที่มาไว้ และเมื่อการรีเฟรชตามกำหนดอ่านข้อมูลสดของโมเดลใดได้ ตัวเลขของโมเดลนั้นจะถูกแทนที่ด้วยข้อมูลสด
    }{ $published ->
        [0] {""}
       *[other] {" "}อีก { $published } ตัวไม่ได้อยู่บน Hub จึงใช้ขนาดที่ผู้พัฒนาเผยแพร่ หรือไม่มีขนาดเลยหากผู้พัฒนาไม่เปิดเผย
    }
fit--freshness_update =
    { $basis ->
        [live] ตอนนี้ตัวเลขของโมเดลบน Hub ทุกตัวอ่านจาก Hugging Face Hub โดยตรง ครั้งล่าสุดเมื่อ { $live_date }
        [mixed] จนถึงตอนนี้อ่านข้อมูลสดจาก Hugging Face Hub แล้ว { $live } ตัว ครั้งล่าสุดเมื่อ { $live_date } อีก { $reconstructed } ตัวยังใช้ตัวเลขที่สร้างขึ้นใหม่จากข้อเท็จจริงซึ่งรวบรวมเมื่อ { $reconstructed_date }
       *[reconstructed] ตอนนี้ตัวเลขของโมเดลบน Hub ทั้ง { $reconstructed } ตัวสร้างขึ้นใหม่จากข้อเท็จจริงที่รวบรวมเมื่อ { $reconstructed_date } เมื่อการรีเฟรชตามกำหนดอ่านข้อมูลสดของโมเดลใดได้ ตัวเลขของโมเดลนั้นจะถูกแทนที่
    }
provenance--hub_sources =
    { $basis ->
        [live] ข้อมูลของโมเดลบน Hub ทุกตัวดึงจาก Hub API โดยตรง ครั้งล่าสุดเมื่อ { $live_date } ทุกแถวมีวันที่ของตัวเอง และมีป้ายบอกว่าตัวเลขได้มาอย่างไร ทั้งในตารางและในไฟล์ข้อมูลที่ให้ดาวน์โหลด
        [mixed] ตอนนี้ดึงข้อมูลโมเดลบน Hub จาก Hub API โดยตรงแล้ว { $live } ตัว ส่วนอีก { $reconstructed } ตัวยังใช้ข้อมูลจากสแนปช็อตที่สร้างย้อนหลัง ซึ่งประกอบขึ้นใหม่จากการตอบกลับของ Hub ที่มีคนบันทึกไว้เป็นสาธารณะ และจากไฟล์ทดสอบของไลบรารีโอเพนซอร์ส จนกว่าการอัปเดตตามกำหนดเวลาจะไปถึง ทุกแถวมีวันที่ของตัวเอง และมีป้ายบอกว่าตัวเลขได้มาอย่างไร ทั้งในตารางและในไฟล์ข้อมูลที่ให้ดาวน์โหลด
       *[reconstructed] ตอนนี้ข้อมูลของโมเดลบน Hub ทุกตัวมาจากสแนปช็อตที่สร้างย้อนหลัง ซึ่งประกอบขึ้นใหม่จากการตอบกลับของ Hub ที่มีคนบันทึกไว้เป็นสาธารณะ และจากไฟล์ทดสอบของไลบรารีโอเพนซอร์ส ทุกแถวมีวันที่ของตัวเอง และมีป้ายบอกว่าตัวเลขได้มาอย่างไร ทั้งในตารางและในไฟล์ข้อมูลที่ให้ดาวน์โหลด
    }


fit--browser_listed = ตารางแสดง { $shown } ตัวจากโมเดลกลุ่มนี้ทั้งหมด { $total } ตัว คือโมเดลเด่นและโมเดลที่มียอดดาวน์โหลดสูงสุด เรียงจากเล็กไปใหญ่ อีก { $other } ตัวที่เหลือค้นหาได้ในตารางโมเดล หน้าของแต่ละโมเดลบอกผลการประเมินในแท็บไว้







## web: Web quality (issue 14): the cue under a chart that scrolls sideways on a phone.

web--chart_scroll_hint = เลื่อนไปด้านข้างเพื่อดูกราฟทั้งหมด

## heading: The ¶ link beside each heading (its tooltip and accessible name; pipeline/site/page_html.py).

heading--permalink = ลิงก์ถาวร

## table

table--int4_estimate_note = ค่าประมาณจากรูปร่างเทนเซอร์ในไฟล์ config ของโมเดล: ขนาดไฟล์ Q4_K_M (GGUF แบบ 4 บิตที่ใช้กันมากที่สุด) คิดทีละเทนเซอร์ตามกฎของ llama.cpp (เทนเซอร์บางตัวเก็บด้วยความละเอียดสูงกว่า)
table--int4_estimate_count = ค่าประมาณจากจำนวนพารามิเตอร์อย่างเดียว: ขนาดไฟล์ Q4_K_M ที่ 4.5 บิตต่อพารามิเตอร์ ข้อมูลไม่มีรูปร่างเทนเซอร์ จึงไม่ได้นับเทนเซอร์ที่ llama.cpp เก็บด้วยความละเอียดสูงกว่า ตัวเลขจึงต่ำกว่าค่าที่คิดจากรูปร่างเทนเซอร์ของโมเดลขนาดเท่ากันเล็กน้อย

## calibration_chart: กราฟการปรับเทียบในหน้าเกี่ยวกับข้อมูล (issue 21): ค่าที่คาดไว้เทียบกับค่าที่วัดได้ ทั้งหน่วยความจำและความเร็ว

calibration_chart--title = หน่วยความจำ: คาดไว้เทียบกับวัดได้
calibration_chart--speed_title = ความเร็ว: คาดไว้เทียบกับวัดได้
calibration_chart--axis_measured = หน่วยความจำที่วัดได้ (GB สเกลลอการิทึม)
calibration_chart--axis_predicted = หน่วยความจำที่คาดไว้ (GB สเกลลอการิทึม)
calibration_chart--speed_axis_measured = ที่วัดได้ (โทเค็นต่อวินาที สเกลลอการิทึม)
calibration_chart--speed_axis_predicted = ที่คาดไว้ (โทเค็นต่อวินาที สเกลลอการิทึม)
calibration_chart--legend_runtime = รันไทม์
calibration_chart--legend_status = ผลวัด
calibration_chart--status_tested = ใช้ทดสอบ
calibration_chart--status_superseded = ล้าสมัย ไม่ได้ใช้ทดสอบ
calibration_chart--row_superseded = — ล้าสมัย ไม่ได้ใช้ทดสอบ
calibration_chart--run_qualified = { $name } ({ $note })
calibration_chart--run_repo_unnamed = ไม่ได้ระบุรีโพซิทอรี
calibration_chart--run_ggml_ci = แปลงโดยระบบ CI ของ ggml
calibration_chart--band = คลาดไม่เกิน { $percent }
calibration_chart--speed_band = วัดได้ ÷ คาดไว้: { $range }
calibration_chart--tooltip = { $model }, { $runtime }, { $context } โทเค็น: วัดได้ { $measured } คาดไว้ { $predicted } ({ $error })
calibration_chart--speed_tooltip = { $model }, { $runtime }, { $format } บน { $device }: วัดได้ { $measured } คาดไว้ { $predicted } โทเค็นต่อวินาที ({ $error })
calibration_chart--summary_tested = ผลวัดหน่วยความจำรวมจาก llama.cpp, vLLM และ MLX จำนวน { $count } รายการถูกใช้ทดสอบกฎนี้ ทุกรายการห่างจากค่าที่คาดไว้ไม่เกิน { $tolerance } โดยรายการที่คลาดมากที่สุดคลาดไป { $worst } จุดที่อยู่บนเส้นประคือคาดได้ตรงพอดี ส่วนแถบสีจางคือขอบเขตที่การทดสอบยอมรับ
calibration_chart--summary_superseded =
    ผลรันรุ่นเก่า { $count } รายการซึ่งวาดเป็นวงแหวน ไม่ได้สะท้อนรันไทม์ในปัจจุบันแล้ว จึงไม่ได้ใช้ทดสอบ{ $overlap ->
        [together] {" "}จุดของผลรันเหล่านี้แทบจะทับกันพอดี จึงเห็นเป็นวงแหวนวงเดียว
        [some] {" "}บางจุดแทบจะทับจุดอื่นอยู่
       *[none] {""}
    }
calibration_chart--speed_summary = ผลวัดความเร็วในการสร้างข้อความ { $count } รายการ (ทีละคำขอ) เทียบกับความเร็วที่คาดจากแบนด์วิดท์หน่วยความจำ ความเร็วที่วัดได้อยู่ระหว่าง { $low } ถึง { $high } เท่าของค่าที่คาดไว้ ซึ่งเป็นช่วงที่เว็บไซต์แสดงไว้กับค่าประมาณทุกค่า
calibration_chart--caption_memory = ผลวัดหน่วยความจำ { $count } รายการ: การรัน (ลิงก์ไปยังแหล่งที่มา) บริบท หน่วยความจำที่วัดได้และที่คาดไว้ และส่วนที่คลาด
calibration_chart--caption_speed = ผลวัดความเร็ว { $count } รายการ: การรัน (ลิงก์ไปยังแหล่งที่มา) อุปกรณ์ โทเค็นต่อวินาทีที่วัดได้และที่คาดไว้ และส่วนที่คลาด
calibration_chart--caption_worst = { $count } รายการที่คลาดมากที่สุด รวมผลรันที่ล้าสมัยแล้ว พร้อมเหตุผลของแต่ละรายการ
calibration_chart--sign_convention = ส่วนที่คลาด = (คาดไว้ − วัดได้) ÷ วัดได้ ค่าติดลบแปลว่ากฎคาดไว้น้อยกว่าที่วัดได้
calibration_chart--col_run = การรัน
calibration_chart--col_context = บริบท (โทเค็น)
calibration_chart--col_measured = วัดได้
calibration_chart--col_predicted = คาดไว้
calibration_chart--col_error = คลาด (คาดไว้เทียบกับวัดได้)
calibration_chart--col_device = อุปกรณ์
calibration_chart--col_measured_speed = วัดได้ (โทเค็น/วินาที)
calibration_chart--col_predicted_speed = คาดไว้ (โทเค็น/วินาที)
calibration_chart--col_reason = ทำไมจึงคลาด
calibration_chart--reason_full_mask = รันก่อน pull request #40 ของ mlx-lm ซึ่งตอนนั้น MLX ยังสร้าง attention mask เต็มขนาดสำหรับ prompt ยาว ๆ (กินเพิ่มราว 3 GB) ผลนี้ล้าสมัยแล้วจึงไม่ได้ใช้ทดสอบ
calibration_chart--reason_small_batch = การรันนี้ประมวลผลครั้งละ 128 โทเค็น แต่กฎนี้ถือตามค่าเริ่มต้นของ llama.cpp คือครั้งละ 512 โทเค็น ซึ่งมีบัฟเฟอร์เอาต์พุตใหญ่กว่าสี่เท่า
calibration_chart--reason_micro_batch = รันด้วย micro-batch ขนาด 1,024 โทเค็น (-ub 1024) บน GPU สี่ใบ บัฟเฟอร์สำหรับคำนวณจึงใหญ่กว่าที่กฎนี้เผื่อไว้
calibration_chart--reason_gib = mlx-lm รุ่นเก่าแสดงค่าสูงสุดนี้ว่าเป็น “GB” แต่นับเป็น GiB เมื่ออ่านเป็น GiB แล้วจะต่ำกว่าค่าที่คาดไว้ { $gap } ใกล้กับค่าคงที่ { $mlx_fixed } ที่กฎนี้บวกเพิ่มให้ MLX

## fit_notes: ตารางความพอดี (issue 21): แต่ละแถวประเมินที่บริบทเท่าไร และตัวเลขที่อยู่เบื้องหลังคำว่า "ไม่พอ"

fit_notes--caption_browser = โมเดลที่อาจรันในแท็บเบราว์เซอร์ได้: รุ่นสำหรับเว็บ ไฟล์เดี่ยวที่ใหญ่ที่สุด และหน่วยความจำที่ต้องใช้ที่บริบท { $context } โทเค็น หรือที่ขีดจำกัดของโมเดลเองถ้าสั้นกว่า (แถวนั้นจะระบุไว้) สำหรับรุ่น WebLLM ใช้ตัวเลขหน่วยความจำที่ WebLLM ระบุไว้ให้รุ่นนั้น
fit_notes--at_own_limit = { $verdict } ที่ขีดจำกัดของโมเดลเอง { $count } โทเค็น
fit_notes--needs_build_at_own_limit = { $verdict } (ยังไม่ได้บันทึกรุ่นสำหรับเว็บ หน่วยความจำคิดที่ขีดจำกัดของโมเดล { $count } โทเค็น)
fit_notes--build_size_unknown = { $verdict }: ยังไม่ได้บันทึกขนาดของรุ่นนี้ ถ้าเป็นค่าน้ำหนัก 32 บิต (กรณีใหญ่ที่สุด) จะต้องใช้ { $bound } เกิน { $usable } ที่แท็บใช้ได้ ถ้าเป็น 4 บิตจะใช้ราว { $size } ที่ { $count } โทเค็น ผลจึงขึ้นกับความละเอียดของรุ่นนี้
fit_notes--build_size_unknown_file = { $verdict }: ยังไม่ได้บันทึกขนาดของรุ่นนี้ ถ้าเป็นค่าน้ำหนัก 32 บิต (กรณีใหญ่ที่สุด) ค่าน้ำหนักจะมีขนาด { $bound } เกินขีดจำกัด { $limit } ต่อไฟล์ ถ้าเป็น 4 บิตจะใช้ราว { $size } ที่ { $count } โทเค็น ผลจึงขึ้นกับวิธีเก็บไฟล์ของรุ่นนี้
fit_notes--build_size_unrecorded = { $verdict }: ยังไม่ได้บันทึกขนาดของรุ่นนี้ ตัวเลขหน่วยความจำจึงประมาณจากค่าน้ำหนัก 4 บิตของโมเดลที่ { $count } โทเค็น ถ้ารุ่นนี้เก็บละเอียดกว่า 4 บิตจะใช้มากกว่านั้น
fit_notes--upper_bound = { $verdict }: ยังไม่มีบันทึกขนาดของรุ่นนี้ แต่แม้คิดแบบค่าน้ำหนัก 32 บิต (กรณีใหญ่ที่สุด) ก็ใช้เพียง { $size } ที่ { $count } โทเค็น
fit_notes--file_over_limit = { $verdict }: ไฟล์ที่ใหญ่ที่สุดมีขนาด { $size } เกินขีดจำกัด { $limit } ต่อไฟล์
fit_notes--over_budget = { $verdict }: ต้องใช้ { $size } เกิน { $usable } ที่แท็บใช้ได้
fit_notes--over_budget_at_own_limit = { $verdict }: ที่ขีดจำกัด { $count } โทเค็นของโมเดลต้องใช้ { $size } เกิน { $usable } ที่แท็บใช้ได้
fit_notes--weights_alone = { $verdict }: แค่ค่าน้ำหนักอย่างเดียวก็ { $size } เกินหน่วยความจำที่ใช้ได้ { $usable }
fit_notes--no_build_weights_alone = { $verdict }: ยังไม่ได้บันทึกรุ่นสำหรับเว็บ และแค่ค่าน้ำหนักอย่างเดียวก็ { $size } เกินหน่วยความจำที่ใช้ได้ { $usable }
fit_notes--weights_and_buffers = { $verdict }: ค่าน้ำหนัก { $size } รวมกับบัฟเฟอร์ของรันไทม์ก็เกินหน่วยความจำที่ใช้ได้ { $usable } แล้ว ไม่เหลือที่ให้ KV cache
fit_notes--calc_caption = ผลการประเมินของโมเดลที่ติดตามแต่ละตัว เมื่อค่าน้ำหนักเป็น 16, 8 และ 4 บิต ที่บริบทที่เลือก โมเดลที่มีขีดจำกัดสั้นกว่าจะขึ้นว่า “ยาวเกินบริบทของโมเดล” ในตารางนี้ ส่วนตารางแท็บเบราว์เซอร์ด้านล่างประเมินที่ขีดจำกัดของโมเดลเองและระบุไว้ ใช้กฎเดียวกับตารางด้านล่าง

## model_fit: หน้าของแต่ละโมเดล (issue 23 item 4): ผลแต่ละข้อตั้งอยู่บนสมมติฐานอะไร และบริบทยาวสุดกับความเร็วบนแต่ละอุปกรณ์

# An invisible U+200B between a count ("6.71 แสนล้าน") and ตัว: the model page and the explorer's in-place view
# then cut the words alike (test_the_in_place_view_says_what_the_model_page_says[th]); do not drop it.
model_fit--active = พารามิเตอร์ { $active }​ตัว จากทั้งหมด { $total }​ตัว ทำงานกับแต่ละโทเค็น ({ $basis }) ยอดรวมนับ expert ทุกชุด เพราะทุกชุดต้องอยู่ในหน่วยความจำ ตัวเลขหน่วยความจำจึงใช้ยอดรวม ส่วนค่าประมาณความเร็วใช้เฉพาะส่วนที่ทำงาน
model_fit--active_files = พารามิเตอร์ { $active }​ตัว จากทั้งหมด { $total }​ตัว ทำงานกับแต่ละโทเค็น ({ $basis }) ยอดรวมนับทุกเทนเซอร์ในไฟล์ค่าน้ำหนัก รวม expert ทุกชุด เพราะทุกชุดต้องอยู่ในหน่วยความจำ ตัวเลขหน่วยความจำจึงใช้ยอดรวม ส่วนค่าประมาณความเร็วใช้เฉพาะส่วนที่ทำงาน
model_fit--active_main = พารามิเตอร์ { $active }​ตัว จาก { $main }​ตัวของโมเดลหลัก ทำงานกับแต่ละโทเค็น ({ $basis }) ยอดรวม { $total }​ตัว นับทุกเทนเซอร์ในไฟล์ค่าน้ำหนัก ทั้ง expert ทุกชุดซึ่งต้องอยู่ในหน่วยความจำทั้งหมด และโมดูลทำนายหลายโทเค็น (multi-token prediction) ที่มีพารามิเตอร์ { $mtp }​ตัว ซึ่งเก็บมาพร้อมค่าน้ำหนักแต่ไม่ได้รันในการสร้างข้อความตามปกติ ตัวเลขหน่วยความจำจึงใช้ยอดรวม ส่วนค่าประมาณความเร็วใช้เฉพาะส่วนที่ทำงาน
model_fit--counted_files = ยอดรวมนับทุกเทนเซอร์ในไฟล์ค่าน้ำหนักของโมเดล
model_fit--counted_files_vision = ยอดรวมนับทุกเทนเซอร์ในไฟล์ค่าน้ำหนักของโมเดล รวมถึงของตัวเข้ารหัสภาพด้วย
model_fit--mtp = ยอดรวมนี้นับโมดูลทำนายหลายโทเค็น (multi-token prediction) ที่มีพารามิเตอร์ { $mtp }​ตัว ซึ่งเก็บมาพร้อมค่าน้ำหนักด้วย แต่การสร้างข้อความตามปกติไม่ได้รันโมดูลนี้ โมเดลหลักมีพารามิเตอร์ { $main }​ตัว
model_fit--limit = บริบทยาวที่สุดที่โมเดลรับได้: { $count } โทเค็น
model_fit--limit_unknown = ข้อมูลของโมเดลไม่ได้ระบุว่ารับบริบทได้ยาวที่สุดเท่าไร
model_fit--weights_unknown = ไม่ทราบ ({ $reason ->
        [count] ข้อมูลของเว็บไซต์ไม่มีทั้งขนาดไฟล์และจำนวนพารามิเตอร์
       *[dtype] ข้อมูลของเว็บไซต์ไม่มีทั้งขนาดไฟล์และรูปแบบตัวเลขที่ใช้เก็บค่าน้ำหนัก
    })
model_fit--assumes = ผลทุกข้อด้านล่างสมมติว่าค่าน้ำหนักแบบ { $format } รันบน { $runtime } บริบท { $context } โทเค็น และ { $kv ->
        [none] ไม่มี KV cache (โมเดลที่มีแต่ encoder)
       *[other] KV cache แบบ { $kv } บิต
    }
model_fit--assumes_own_limit = ผลทุกข้อด้านล่างสมมติว่าค่าน้ำหนักแบบ { $format } รันบน { $runtime } บริบท { $context } โทเค็น (ขีดจำกัดของโมเดลเอง ซึ่งสั้นกว่า { $usual } ที่เว็บไซต์ใช้ตามปกติ) และ { $kv ->
        [none] ไม่มี KV cache (โมเดลที่มีแต่ encoder)
       *[other] KV cache แบบ { $kv } บิต
    }
model_fit--assumes_estimate_own_limit = ผลทุกข้อด้านล่างสมมติว่าใช้ไฟล์ GGUF แบบ { $build } (≈ { $size } เป็นค่าประมาณ เพราะยังไม่ได้บันทึกไฟล์จริง) รันบน { $runtime } บริบท { $context } โทเค็น (ขีดจำกัดของโมเดลเอง ซึ่งสั้นกว่า { $usual } ที่เว็บไซต์ใช้ตามปกติ) และ { $kv ->
        [none] ไม่มี KV cache (โมเดลที่มีแต่ encoder)
       *[other] KV cache แบบ { $kv } บิต
    }
model_fit--assumes_estimate = ผลทุกข้อด้านล่างสมมติว่าใช้ไฟล์ GGUF แบบ { $build } (≈ { $size } เป็นค่าประมาณ เพราะยังไม่ได้บันทึกไฟล์จริง) รันบน { $runtime } บริบท { $context } โทเค็น และ { $kv ->
        [none] ไม่มี KV cache (โมเดลที่มีแต่ encoder)
       *[other] KV cache แบบ { $kv } บิต
    }
model_fit--browser_row = ส่วนแถวแท็บเบราว์เซอร์ยึดตามตารางเบราว์เซอร์ ถ้ามีรุ่นสำหรับเว็บที่บันทึกไว้ก็ดูจากหน่วยความจำของรุ่นนั้น ถ้าไม่มี โมเดลจะไม่พอเมื่อค่าน้ำหนักอย่างเดียวก็เกินแท็บแล้ว นอกนั้นถือว่าไม่ทราบ และไม่ได้คำนวณบริบทหรือความเร็วให้
model_fit--web_build = { $verdict }: รุ่นสำหรับเว็บ { $build } ต้องใช้ { $size }
model_fit--web_build_file = { $verdict }: รุ่นสำหรับเว็บ { $build } มีไฟล์ขนาด { $size } ซึ่งเกิน { $limit } ที่แท็บโหลดได้ในครั้งเดียว
model_fit--web_build_unsized = { $verdict }: รุ่นสำหรับเว็บ { $build } ยังไม่ได้บันทึกขนาดไว้
model_fit--caption = แยกตามอุปกรณ์: หน่วยความจำที่ใช้ได้ ผลการประเมิน บริบทยาวที่สุดที่ยัง “พอ” (ไม่ถึงเกณฑ์เฉียดฉิว) และความเร็วในการสร้างข้อความโดยประมาณ ผลการประเมินใช้กับบริบทที่ระบุไว้ด้านบน ถ้าแถวที่ขึ้นว่า “ไม่พอ” มีจำนวนโทเค็นกำกับอยู่ แปลว่าโมเดลจะพอเมื่อลดบริบทลงเหลือเท่านั้น
model_fit--col_context = บริบทยาวที่สุดที่ยัง “พอ”
model_fit--col_speed = โทเค็นต่อวินาที (ช่วง)
model_fit--context_none = ไม่มี
model_fit--context_full = ครบทั้ง { $count } โทเค็น
model_fit--context_tokens = { $count } โทเค็น
model_fit--speed = ≈ { $speed } ({ $low }–{ $high })
model_fit--speed_unknown = ไม่ทราบแบนด์วิดท์หน่วยความจำ
model_fit--speed_not_generating = ไม่มี เพราะโมเดลนี้ไม่ได้สร้างข้อความ
model_fit--speed_note = โทเค็นต่อวินาที: ทุกโทเค็นใหม่ต้องอ่านค่าน้ำหนักส่วนที่ทำงานและ KV cache หนึ่งรอบ ที่ { $efficiency } ของแบนด์วิดท์หน่วยความจำของอุปกรณ์ บวกเวลาหน่วงคงที่ ปรับให้ตรงกับผลวัดที่เผยแพร่ไว้ ความเร็วที่วัดได้อยู่ระหว่าง { $low } ถึง { $high } เท่าของค่าประมาณ ซึ่งคือช่วงในวงเล็บ
model_fit--calculator_link = เปิดโมเดลนี้ในเครื่องคำนวณ เพื่อเลือกรูปแบบไฟล์ บริบท ความละเอียดของ KV cache หรืออุปกรณ์อื่น
model_fit--calculator_offload = ไม่มีอุปกรณ์ในรายการนี้ที่ใส่โมเดลได้ทั้งตัว ถ้ามี RAM ของระบบมากพอ ลองเปิดในเครื่องคำนวณเพื่อดูการแบ่งเลเยอร์ไปไว้ใน RAM (CPU offload) และความเร็วที่ได้

## hub_model: Any Hub model in the calculator (issue 23; pipeline/site/hub_field.py, docs/assets/js/hub-model.js).

hub_model--label = โมเดลใดก็ได้บน Hugging Face Hub: ใส่ไอดีหรือที่อยู่ของโมเดล
hub_model--button = อ่านจาก Hub
hub_model--note = เบราว์เซอร์ของคุณจะอ่าน config.json ของโมเดลนี้และจำนวนพารามิเตอร์ในไฟล์ safetensors จาก { $endpoint } ก็ต่อเมื่อคุณกดปุ่มเท่านั้น โดยไม่ใช้โทเค็นเข้าถึงและไม่ต้องลงชื่อเข้าใช้ และไม่มีการส่งข้อมูลอื่นใด
hub_model--loading = กำลังอ่าน { $id } จาก Hub…
hub_model--invalid = “{ $text }” ไม่ใช่ id ของโมเดลบน Hub ให้เขียนในรูป owner/name เช่น Qwen/Qwen3-8B หรือวางที่อยู่ของโมเดล
hub_model--not_found = Hub ไม่มีโมเดลสาธารณะชื่อ { $id } โปรดตรวจการสะกด โมเดลส่วนตัวอ่านจากหน้านี้ไม่ได้
hub_model--gated = { $id } จำกัดการเข้าถึง: Hub ให้ไฟล์เฉพาะผู้ใช้ที่ลงชื่อเข้าใช้และยอมรับเงื่อนไขแล้ว หน้านี้จึงอ่าน config.json ของโมเดลนี้ไม่ได้
hub_model--timeout = Hub ไม่ตอบภายใน { $seconds } วินาที โปรดลองใหม่ภายหลัง เครื่องคำนวณด้านบนยังใช้งานได้ตามปกติ
hub_model--malformed = คำตอบของ Hub สำหรับ { $id } ({ $file }) ไม่ใช่ JSON ที่ถูกต้อง จึงไม่ได้คำนวณอะไรจากคำตอบนี้
hub_model--failed = ติดต่อ Hub ไม่ได้ หรือ Hub ตอบกลับเป็นข้อผิดพลาด ({ $status }) โปรดลองใหม่ภายหลัง เครื่องคำนวณด้านบนยังใช้งานได้ตามปกติ
hub_model--no_config = { $id } ไม่มี config.json จึงแสดงได้เฉพาะสิ่งที่ข้อมูล safetensors ของโมเดลบอกไว้
hub_model--unknown_arch = { $id } เป็นโมเดลประเภทที่เว็บไซต์นี้ยังไม่ได้จำลองไว้ ({ $type }) ตัวเลขบางส่วนด้านล่างจึงเป็นค่าประมาณหรือไม่ทราบ
hub_model--computed = คำนวณจาก config ของโมเดลได้: { $items }
hub_model--not_computed = คำนวณไม่ได้: { $items }
hub_model--item_params = พารามิเตอร์
hub_model--item_active = พารามิเตอร์ที่ทำงานจริง
hub_model--item_kv = KV cache
hub_model--item_context = ขีดจำกัดบริบท
hub_model--item_weights = ขนาดของน้ำหนัก
hub_model--params = { $name } มีพารามิเตอร์ { $params } ตัว
hub_model--params_unknown = คำนวณจำนวนพารามิเตอร์ของโมเดลนี้ไม่ได้: { $reason }
hub_model--active = โมเดลนี้เป็นแบบ mixture of experts (MoE): ใช้พารามิเตอร์ { $active } ตัวต่อโทเค็น
hub_model--context = ขีดจำกัดบริบทของโมเดลนี้คือ { $tokens } โทเค็น
hub_model--context_unknown = config ของโมเดลนี้ไม่ได้ระบุขีดจำกัดบริบท
hub_model--kv = KV cache ของโมเดลนี้ที่ 16 บิตใช้ { $bytes } ต่อโทเค็นของบริบท
hub_model--kv_window = KV cache ของโมเดลนี้ที่ 16 บิตใช้ { $bytes } ต่อโทเค็นของบริบท และอีก { $sliding } ต่อโทเค็นในเลเยอร์แบบหน้าต่างเลื่อน สูงสุด { $window } โทเค็น
hub_model--kv_state = นอกจากนี้ยังเก็บสถานะคงที่ขนาด { $bytes }
hub_model--kv_none = โมเดลนี้ไม่มี KV cache ที่โตตามบริบท (เป็นโมเดลแบบ encoder อย่างเดียวหรือแบบ state-space)
hub_model--kv_unknown = คำนวณ KV cache ของโมเดลนี้ไม่ได้: { $reason }
hub_model--weights_title = น้ำหนักในแต่ละรูปแบบ (≈ หมายถึงค่าประมาณ เมื่อคลังไม่มีไฟล์แบบนั้น):
hub_model--weights_item = { $format }: { $size }
hub_model--weights_item_estimated = { $format }: ≈ { $size }

## display: Display names and joins (pipeline/i18n/display_names.py, explorer.py): an in-browser build as the runtime and its quantization; an aside in brackets; a label before its value.

display--web_build = { $runtime } ({ $variant })
display--runtime_browser = รันไทม์บนเบราว์เซอร์ (Transformers.js, MediaPipe, WebLLM หรือ wllama)
display--aside = {" "}({ $text })
display--label = { $label }:{" "}
display--source_note = {" "}— { $label }:{" "}{ $text }
display--basis_date = { $basis } · { $date }

## calc: The calculator, one view per question (issue 23): pipeline/site/fit_view.py calculator() and docs/assets/js/fit-calculator.js, which reads every message through msg().

calc--nojs = เครื่องคำนวณนี้ต้องใช้ JavaScript หากไม่มี ตารางด้านล่างให้คำตอบสำหรับอุปกรณ์ที่กำหนดไว้
calc--model = โมเดล
calc--model_placeholder = ชื่อหรือไอดีของโมเดล เช่น llama 8b
calc--model_options = โมเดลที่ตรงกับคำค้น
calc--model_none = ไม่มีโมเดลที่ติดตามอยู่ตรงกับ “{ $text }”
calc--model_failed = โหลดตัวเลขของ “{ $name }” ไม่สำเร็จ
calc--device = อุปกรณ์
calc--own = อุปกรณ์ของคุณเอง
calc--own_legend = อุปกรณ์ของคุณ
calc--device_named = { $name }
calc--own_name =
    { $count ->
       *[other] GPU ของคุณ { $count } ตัว (ตัวละ { $size })
    }
calc--own_needs_vram = พิมพ์หน่วยความจำของ GPU เช่น 8
calc--vram = หน่วยความจำ GPU (GB ตามที่ขาย)
calc--gpus = GPU รุ่นเดียวกัน
calc--bandwidth = แบนด์วิดท์หน่วยความจำ (GB/s)
calc--ram = RAM ของระบบ (GB ตามที่ขาย)
calc--format = รูปแบบค่าน้ำหนัก
calc--format_file = { $format }: { $size }
calc--format_estimate = { $format }: ≈ { $size } (ประมาณการ)
calc--format_unknown = { $format }: ไม่ทราบขนาด
calc--format_mlx = { $format } ทำงานบน MLX ซึ่งต้องใช้ Mac ที่เป็นชิป Apple จึงใช้รูปแบบเริ่มต้นแทนสำหรับอุปกรณ์ที่เลือก ({ $device })
calc--context = บริบท (โทเค็น)
calc--limit = โมเดลนี้รับบริบทได้ไม่เกิน { $limit } โทเค็น
calc--limit_none = โมเดลนี้ไม่ได้ระบุขีดจำกัดของบริบท
calc--kv = ความละเอียดของ KV cache
calc--kv_bits = { $bits } บิต
calc--kv_kept = { $runtime } ไม่มี KV cache แบบ { $asked } บิต จึงเก็บค่าไว้ที่ { $bits } บิต
calc--kv_mla = { $runtime } เก็บคีย์และค่าของ MLA ในโมเดลนี้แยกกัน KV cache จึงใหญ่ราว { $factor } เท่าของ latent ชุดเดียวที่ vLLM เก็บ
calc--kv_smaller =
    { $verdict ->
        [fits] ถ้าเก็บ KV cache ที่ { $bits } บิต (ช่องความละเอียดของ KV cache ด้านบน) จะใช้ { $total } และพอ
       *[tight] ถ้าเก็บ KV cache ที่ { $bits } บิต (ช่องความละเอียดของ KV cache ด้านบน) จะใช้ { $total } แบบเฉียดฉิว จึงอาจโหลดไม่ขึ้น
    }
calc--tag = ประเภท
calc--tag_all = ทุกประเภท
calc--tags--instruct = ทำตามคำสั่งหรือแชต
calc--tags--base = โมเดลฐาน (ผ่านแค่การเทรนล่วงหน้า)
calc--tags--reasoning = ให้เหตุผล (reasoning)
calc--tags--embedding = เอ็มเบดดิง (embedding)
calc--tags--moe = Mixture of Experts (MoE)
calc--tags--vision-language = ภาพและภาษา
calc--tags--speech = เสียงพูด
calc--list_button = แสดงทุกโมเดลที่พอหรือเฉียดฉิว
calc--bad_number = “{ $text }” ไม่ใช่ตัวเลข พิมพ์ตัวเลข เช่น { $example }
calc--bad_link = ลิงก์ขอ { $name } เป็น “{ $value }” ซึ่งที่นี่ไม่รู้จัก จึงข้ามไป
calc--unknown_model_link = ลิงก์ขอโมเดล “{ $value }” ซึ่งไม่อยู่ในรายชื่อโมเดลของเว็บไซต์นี้
calc--verdict--fits = { $device }: โมเดล { $model } แบบ { $format } ต้องใช้ { $total } จาก { $usable } ที่ใช้ได้ ที่บริบท { $context } โทเค็น
calc--verdict--tight = { $device }: โมเดล { $model } แบบ { $format } ต้องใช้ { $total } จาก { $usable } ที่ใช้ได้ (เกิน { $share }) ที่บริบท { $context } โทเค็น จึงอาจโหลดไม่ขึ้น
calc--verdict--no = { $device }: โมเดล { $model } แบบ { $format } ต้องใช้ { $total } แต่ใช้ได้เพียง { $usable } ที่บริบท { $context } โทเค็น
calc--verdict--no_weights = { $device }: โมเดล { $model } แบบ { $format } ต้องใช้ { $weights } สำหรับค่าน้ำหนักอย่างเดียว เกิน { $usable } ที่ใช้ได้
calc--verdict--too-long = ขอบริบท { $context } โทเค็น แต่ { $model } รับได้ไม่เกิน { $limit } โทเค็น
calc--verdict--unknown = { $device }: ข้อมูลของ { $model } แบบ { $format } ไม่พอจะบอกว่าพอหรือไม่
calc--bar = หน่วยความจำที่ต้องใช้ { $total } เทียบกับ { $usable } ที่ใช้ได้
calc--bar_weights = ค่าน้ำหนัก: { $size }
calc--bar_kv = KV cache: { $size }
calc--bar_overhead = บัฟเฟอร์ของรันไทม์: { $size }
calc--bar_usable = หน่วยความจำที่ใช้ได้: { $size }
calc--bar_tight = เฉียดฉิวเมื่อเกิน { $share }
calc--largest =
    { $count ->
       *[other] บริบทยาวที่สุดที่พอ: { $count } โทเค็น
    }
calc--largest_all =
    { $count ->
       *[other] ถ้าใช้บริบทสูงสุดของโมเดล { $count } โทเค็น ก็ยังพอ
    }
calc--largest_none = ต่อให้ลดบริบทเหลือโทเค็นเดียวก็ยังไม่พอ
calc--largest_gpu_none = ต่อให้ลดบริบทเหลือโทเค็นเดียว ก็ยังใส่ใน GPU อย่างเดียวไม่ได้
calc--largest_unknown = ไม่ทราบบริบทยาวที่สุดที่ใส่ได้ เพราะโมเดลไม่ได้ระบุขีดจำกัดของบริบท
calc--largest_both = บริบทยาวที่สุดที่ยัง “พอ”: { $headroom } โทเค็น ถ้ายอมให้เฉียดฉิวได้ถึง { $runs } โทเค็น{ $full ->
        [yes] {" "}(เต็มบริบทของโมเดล)
       *[no] {""}
    }
calc--largest_tight_only = เฉียดฉิวตั้งแต่บริบทสั้นที่สุด และใช้บริบทได้ไม่เกิน { $runs } โทเค็น{ $full ->
        [yes] {" "}(เต็มบริบทของโมเดล)
       *[no] {""}
    }
calc--too_long_also = และ { $context } โทเค็นยังยาวเกินบริบทของ { $model } ซึ่งรับได้ไม่เกิน { $limit } โทเค็น
calc--bar_partial = หน่วยความจำที่นับได้ { $total } (ค่าน้ำหนักและส่วนที่ทราบ) เทียบกับ { $usable } ที่ใช้ได้
calc--unknown = ไม่ทราบ
calc--not_counted = ไม่นับ เพราะเกินขีดจำกัดของโมเดล
calc--speed = ประมาณ { $speed } โทเค็นต่อวินาที (น่าจะอยู่ระหว่าง { $low } ถึง { $high }): อ่าน { $read } ต่อโทเค็น ด้วยแบนด์วิดท์หน่วยความจำ { $bandwidth }
calc--speed_moe = ประมาณ { $speed } โทเค็นต่อวินาที (น่าจะอยู่ระหว่าง { $low } ถึง { $high }): เป็นโมเดลแบบ Mixture of Experts แต่ละโทเค็นจึงอ่านเฉพาะพารามิเตอร์ที่ทำงาน { $active }ตัวจากทั้งหมด { $params }ตัว รวมกับ KV cache เป็น { $read } ต่อโทเค็น ด้วยแบนด์วิดท์หน่วยความจำ { $bandwidth }
calc--speed_none = ไม่มีการประมาณความเร็ว: อุปกรณ์นี้ไม่ได้ระบุแบนด์วิดท์หน่วยความจำ
calc--speed_rule = วิธีคิด: วินาทีต่อโทเค็น = ไบต์ที่อ่าน ÷ (แบนด์วิดท์ × { $efficiency } ซึ่งเป็นสัดส่วนที่ใช้ได้จริง ไม่ใช่เกณฑ์เฉียดฉิว) + { $latency } ms ปรับให้เข้ากับความเร็วที่วัดได้ ช่วงค่ามาจากรอบที่ช้าที่สุดและเร็วที่สุดที่วัดได้เทียบกับกฎนี้
# Review 9 (he #1): an encoder-only or embedding model generates no text: no speed, and no KV cache in the bar.
calc--no_decode = ไม่มีค่าประมาณความเร็ว: โมเดลที่มีแต่ encoder ไม่ได้สร้างข้อความทีละโทเค็น
calc--kv_none = ไม่มี (โมเดลที่มีแต่ encoder)
calc--assume_encoder = สมมติว่า { $format } รันด้วย { $runtime } ที่บริบท { $context } โทเค็น ไม่มี KV cache (โมเดลที่มีแต่ encoder) และ{ $gpu ->
        [yes] {" "}GPU{" "}
       *[other] อุปกรณ์
    }มีหน่วยความจำใช้ได้ { $usable }
# Review 9 (he #3): the context asked is the model's maximum, or was set to it (calc-offload.js LSCalcOffload.enc).
calc--largest_at_max = ซึ่งเป็นบริบทสูงสุดของโมเดลด้วย
calc--largest_capped = ตั้งบริบทไว้ที่ { $count } โทเค็น ซึ่งเป็นค่าสูงสุดของโมเดล
calc--offload =
    { $count ->
       *[other] เมื่อแบ่งไปที่ CPU (ประมาณการ): { $layers } จาก { $count } เลเยอร์อยู่บน GPU ({ $gpu }) ที่เหลืออยู่ใน RAM ของระบบ ({ $cpu }) ได้ราว { $speed } โทเค็นต่อวินาที (น่าจะอยู่ระหว่าง { $low } ถึง { $high })
    }
calc--offload_nospeed =
    { $count ->
       *[other] เมื่อแบ่งไปที่ CPU (ประมาณการ): { $layers } จาก { $count } เลเยอร์อยู่บน GPU ({ $gpu }) ที่เหลืออยู่ใน RAM ของระบบ ({ $cpu }) ไม่มีการประมาณความเร็วเพราะไม่ทราบแบนด์วิดท์ของ GPU
    }
calc--offload_no_ram = แม้แบ่งไปที่ CPU ก็ยังไม่พอ: เลเยอร์ที่เหลือให้ RAM ของระบบต้องใช้ { $cpu } แต่ระบบมี RAM เพียง { $ram } (ค่า { $typed } ที่กรอกในช่องนับเป็น GiB แบบเดียวกับที่ผู้ผลิตนับ)
calc--offload_ask_ram = พิมพ์ขนาด RAM ของระบบ เพื่อดูว่าเก็บเลเยอร์บน GPU ได้กี่เลเยอร์ โดยที่เหลืออยู่ใน RAM
calc--offload_engine = การแบ่งระหว่าง CPU กับ GPU คำนวณเฉพาะไฟล์ GGUF ใน llama.cpp เลือกรูปแบบ { $formats } ในรายการเพื่อดู โดยคำนวณจากขนาดของไฟล์นั้น ไม่ใช่ { $weights } ของ { $format }
calc--offload_engine_none = การแบ่งระหว่าง CPU กับ GPU คำนวณสำหรับไฟล์ GGUF ใน llama.cpp แต่โมเดลนี้ไม่มีรูปแบบนั้น
calc--offload_rule = วิธีคิด: แบบเดียวกับ --n-gpu-layers ของ llama.cpp โดยถือว่าทุกเลเยอร์มีค่าน้ำหนักและ KV cache เท่า ๆ กัน และบัฟเฟอร์ของรันไทม์อยู่บน GPU สมมติว่า RAM ของระบบอ่านได้ { $ram_bandwidth } (DDR5-5600 สองแชนเนล) เวลาต่อโทเค็นคือผลรวมของเวลาที่แต่ละส่วนใช้อ่านจากหน่วยความจำที่มันอยู่ ส่วน RAM ของระบบนับว่าว่างทั้งหมด ซึ่งเป็นการมองแง่ดี เพราะระบบปฏิบัติการและแอปที่เปิดอยู่ก็ใช้ไปส่วนหนึ่ง
calc--assume = สมมติว่า { $format } รันด้วย { $runtime } ที่บริบท { $context } โทเค็น เก็บ KV cache ที่ { $bits } บิต และ{ $gpu ->
        [yes] {" "}GPU{" "}
       *[other] อุปกรณ์
    }มีหน่วยความจำใช้ได้ { $usable }
calc--assume_estimate = ยังไม่ได้บันทึกไฟล์รูปแบบนี้ ขนาดจึงเป็นค่าประมาณ (≈)
calc--assume_own = “GB” บนการ์ดจอและแผงแรมที่จริงคือ GiB เราจึงคิดเป็น GiB และนับว่าการ์ดจอใช้ได้ { $share } เหมือน GPU ในรายการ
calc--gpus_rule_vllm = vLLM แบ่งทุกเลเยอร์ไปบน GPU ทุกตัว (tensor parallelism, --tensor-parallel-size { $count }) แต่ละตัวมีบัฟเฟอร์ของรันไทม์เอง รวมใช้ได้ { $usable }
calc--gpus_speed_vllm = ความเร็วที่ประมาณไว้ข้างบนคิดแบบ GPU ตัวเดียว ของจริงมักเร็วกว่า เพราะทุกตัวทำงานพร้อมกัน
calc--gpus_rule =
    { $count ->
       *[other] GPU รุ่นเดียวกัน { $count } ตัว: เลเยอร์แบ่งกันไปบนแต่ละตัว (ค่าเริ่มต้นของ llama.cpp คือ --split-mode layer) และแต่ละตัวมีบัฟเฟอร์ของรันไทม์ของตัวเอง จึงนับ { $count } ครั้ง รวมใช้ได้ { $usable } GPU ทำงานทีละตัว หนึ่งโทเค็นจึงใช้เวลาเท่ากับบน GPU ตัวเดียว
    }
calc--reverse_heading = ทุกโมเดลที่พอ
calc--family--fp16 = 16 บิต
calc--family--int8 = 8 บิต
calc--family--int4 = 4 บิต
calc--summary =
    { $count ->
       *[other] { $device } ค่าน้ำหนัก { $family } ที่บริบท { $context } โทเค็น: จากทั้งหมด { $count } โมเดล { $counts }
    }
calc--count--fits =
    { $count ->
       *[other] พอ { $count }
    }
calc--count--tight =
    { $count ->
       *[other] เฉียดฉิว { $count }
    }
calc--count--no =
    { $count ->
       *[other] ไม่พอ { $count }
    }
calc--count--too-long =
    { $count ->
       *[other] ยาวเกินบริบทของโมเดล { $count }
    }
calc--too_long_apart = { $count ->
       *[other] มี { $count } โมเดลที่ไม่ได้ตรวจในส่วนนี้ เพราะบริบทสูงสุดของโมเดลสั้นกว่า { $context } โทเค็น
    } แผนภูมิด้านล่างตรวจแต่ละโมเดลที่ { $chart } โทเค็น หรือที่ขีดจำกัดของโมเดลเองถ้าสั้นกว่านั้น
calc--count--unknown =
    { $count ->
       *[other] ไม่ทราบ { $count }
    }
calc--count--unrecorded =
    { $count ->
       *[other] พอแต่ไม่มีบันทึกขีดจำกัดบริบท { $count }
    }
calc--unrecorded_apart =
    { $count ->
       *[other] มีอีก { $count } โมเดลที่พอในหน่วยความจำ แต่ไม่มีการบันทึกขีดจำกัดของบริบทไว้ จึงไม่นับรวมกับโมเดลที่พอที่บริบทนี้: { $names }
    }
calc--reverse_caption = โมเดลที่พอหรือเฉียดฉิว เรียงจากใหญ่ไปเล็ก
calc--reverse_none = ไม่มีโมเดลประเภทนี้ที่พอ
calc--col_model = โมเดล
calc--col_format = รูปแบบ
calc--col_needed = หน่วยความจำที่ต้องใช้
calc--col_verdict = ผลการประเมิน
calc--col_largest = บริบทยาวที่สุด (พอ / เฉียดฉิว)
calc--col_speed = โทเค็นต่อวินาที
calc--scroll_hint = เลื่อนไปด้านข้างเพื่อดูทุกคอลัมน์
calc--model_no_match = ไม่มีโมเดลที่ติดตามอยู่ตรงกับ “{ $text }” ลองใช้ชื่อที่สั้นลง หรือวาง id ของโมเดลบน Hub ในรูป owner/name แล้วกด Enter
calc--model_more =
    { $count ->
       *[other] ยังมีอีก { $count } โมเดลที่ตรงกัน พิมพ์ชื่อให้ยาวขึ้นเพื่อดู
    }

# Reverse list (review 4): its heading and order as shown, the models it leaves out and why, the browser tab's rule.
calc--reverse_heading_runs = ทุกโมเดลที่พอหรือเฉียดฉิว
calc--reverse_caption_order = โมเดลที่พอหรือเฉียดฉิว (คอลัมน์ผลการประเมินบอกว่าเป็นแบบไหน) เรียงจากจำนวนพารามิเตอร์มากไปน้อย โมเดลที่ไม่ทราบจำนวนพารามิเตอร์อยู่ท้ายสุด เรียงจากที่ต้องใช้หน่วยความจำมากไปน้อย
calc--unknown_left_out =
    { $count ->
       *[other] ไม่ได้แสดง { $count } โมเดล เพราะไม่ทราบผลการประเมิน: ไม่ทราบขนาด KV cache หรือไม่มีค่าน้ำหนักที่ความละเอียดนี้ ({ $names }) — เลือกโมเดลเหล่านี้ในช่องโมเดลเพื่อดูว่าขาดข้อมูลอะไร
    }
calc--summary_web =
    { $count ->
       *[other] มี { $count } โมเดลที่บันทึกรุ่นสำหรับเว็บไว้ที่นี่ ตัดสินบน { $device } แบบเดียวกับตารางเบราว์เซอร์ ที่บริบท { $context } โทเค็น: { $counts }
    }
calc--web_rule = วิธีคิด: ในแท็บนับเฉพาะรุ่นที่สร้างมาสำหรับเบราว์เซอร์ (WebLLM, Transformers.js, MediaPipe, LiteRT) ไม่นับไฟล์ GGUF หรือ safetensors และต้องไม่มีไฟล์ใดเกินขีดจำกัดขนาดไฟล์ของเบราว์เซอร์ รุ่น WebLLM ใช้หน่วยความจำตามที่ WebLLM ระบุไว้ ที่บริบทของรุ่นนั้นเอง รุ่นอื่นใช้ค่าน้ำหนักรวมกับ KV cache และบัฟเฟอร์ของรันไทม์ที่บริบทที่คุณเลือก หรือถ้าไม่มีบันทึกขนาด ก็ไม่เกินขนาดแบบ 32 บิต ในแท็บไม่มีการประมาณความเร็ว
calc--web_left_out =
    { $count ->
       *[other] อีก { $count } โมเดลไม่ได้แสดง เพราะไม่มีรุ่นสำหรับเว็บบันทึกไว้
    }
# Review 8 (ar #13): a row that is itself a web build (Transformers.js), off a browser tab (calc-list.js).
calc--web_only_left_out =
    { $count ->
       *[other] อีก { $count } โมเดลไม่ได้แสดงที่นี่ เพราะตัวมันเองเป็นรุ่นสำหรับเว็บ ซึ่งประเมินในแท็บเบราว์เซอร์เท่านั้น
    }
# Review 5 (fcalc): one model on a browser tab (calc-list.js LSCalcList.one).
calc--web_none = ไม่ทราบ: ไม่มีรุ่นสำหรับเว็บของ { $model } บันทึกไว้ที่นี่ และแท็บเบราว์เซอร์รันได้เฉพาะรุ่นที่สร้างมาสำหรับเบราว์เซอร์
calc--web_stated = { $model } แบบ { $format } ต้องใช้ { $total } (ตัวเลขที่ { $runtime } ระบุไว้สำหรับบริบทของรุ่นนั้น) ขณะที่{ $device } ใช้ได้ { $usable }
calc--web_stated_no = { $model } แบบ { $format } ต้องใช้ { $total } แต่{ $device } ใช้ได้เพียง { $usable } (ตัวเลขที่ { $runtime } ระบุไว้สำหรับบริบทที่รุ่นนั้นสร้างมา)
calc--web_file = { $device } ไม่พอสำหรับ { $model } แบบ { $format }: มีไฟล์หนึ่งใหญ่เกินกว่าที่แท็บเบราว์เซอร์จะโหลดได้
# Review 9 (ar #1): no web build, and even its 4-bit weights exceed the tab: the verdict the model page and the fit chart give.
calc--web_none_weights = ไม่พอ: ไม่มีรุ่นสำหรับเว็บของ { $model } บันทึกไว้ที่นี่ และค่าน้ำหนักอย่างเดียวก็ใช้ { $weights } เกิน { $usable } ที่แท็บมีให้
explorer--fit_assumes_web = สิ่งที่นับในแท็บเบราว์เซอร์: เฉพาะรุ่นที่สร้างมาสำหรับเบราว์เซอร์ (WebLLM, Transformers.js, MediaPipe, LiteRT) ตัดสินแบบเดียวกับเครื่องคำนวณและตารางเบราว์เซอร์ ที่บริบท { $context } โทเค็น ความแม่นยำของน้ำหนักที่เลือกไว้ตรงนี้ไม่มีผล โมเดลที่ไม่มีรุ่นสำหรับเว็บบันทึกไว้ หรือมีขีดจำกัดบริบทสั้นกว่า จะไม่แสดง
# Review 5 (fcalc): past the model's context limit the KV cache and buffers are not counted, so not assumed either.
calc--assume_past = สมมติว่า { $format } รันด้วย { $runtime } (บริบท { $context } โทเค็นเกินขีดจำกัดของโมเดล จึงไม่นับ KV cache และบัฟเฟอร์) และ{ $gpu ->
        [yes] {" "}GPU{" "}
       *[other] อุปกรณ์
    }มีหน่วยความจำใช้ได้ { $usable }
calc--offload_past = ไม่ได้คำนวณการแบ่งระหว่าง CPU กับ GPU เมื่อบริบทเกินขีดจำกัดของโมเดล เพราะส่วนนี้ไม่ได้นับ KV cache เลือกบริบทไม่เกิน { $limit } โทเค็นเพื่อดูการแบ่ง
# Review 5 (fcalc): a model whose size was never published (GPT-4): the reason, not an int4 file.
calc--undisclosed = ไม่ทราบ: ไม่มีการเผยแพร่จำนวนพารามิเตอร์ของ { $model } และไม่ได้เปิดให้ดาวน์โหลดค่าน้ำหนัก จึงไม่มีอะไรให้รันบน { $device }
# Review 5 (fcalc): the list's longest-context cell for a model that states no limit.
calc--col_no_limit = ไม่ทราบ (ไม่มีขีดจำกัดบริบทบันทึกไว้)
calc--col_build_context = ไม่ทราบ (ทราบหน่วยความจำเฉพาะที่บริบทที่รุ่นนี้สร้างมาเท่านั้น)
calc--col_none = ไม่มี
calc--col_at_limit = { $tokens } (ขีดจำกัดของโมเดล)
# Review 9 (ar #3): the headroom half of a tight model's longest-context cell ("no headroom / 26,013").
calc--col_no_headroom = ไม่เหลือที่เผื่อ
calc--unknown_undisclosed =
    { $count ->
       *[other] ไม่ได้แสดง { $count } โมเดล เพราะผู้พัฒนาไม่เปิดเผยจำนวนพารามิเตอร์
    }
explorer--fit_unknown =
    { $count ->
       *[other] มีอีก { $count } โมเดลที่ตรงกับตัวกรองแต่ไม่ได้แสดง เพราะข้อมูลยังไม่พอจะบอกว่าพอหรือไม่ (ไม่ได้เปิดเผยขนาดหรือไม่ทราบขนาด KV cache)
    }
explorer--fit_unrecorded =
    { $count ->
       *[other] { $names } พอในหน่วยความจำเช่นกัน แต่ไม่ได้แสดงรวมกับโมเดลที่พอ เพราะไม่มีการบันทึกขีดจำกัดของบริบทไว้
    }
