# Messages of LLM Sizes (pt), Project Fluent syntax: https://projectfluent.org/fluent/guide/
# Ids are the dotted keys of the Python API with each '.' written '--'. Keep every { $variable } of
# the English message; write whole sentences, with a select ({ $count -> … }) where the words change.

## language

language--name = Português (Brasil)
language--dir = ltr

## site

site--name = LLM Sizes
site--description =
    { $basis ->
        [live] O tamanho real dos grandes modelos de linguagem em parâmetros, bytes de download e memória, com dados lidos do Hugging Face Hub.
        [mixed] O tamanho real dos grandes modelos de linguagem em parâmetros, bytes de download e memória, com dados do Hugging Face Hub e de fontes citadas.
       *[reconstructed] O tamanho real dos grandes modelos de linguagem em parâmetros, bytes de download e memória, a partir de fatos com fonte citada sobre cada modelo.
    }






## figure

figure--unknown = desconhecido
figure--undisclosed = não divulgado
figure--approx = ≈ { $value }
# ls:speed: a model's estimated decode speed on a device, the model page's figure and range; $speed selects the form (a decimal such as 4.7 takes the default)
figure--speed =
    { $speed ->
        [one] cerca de { $speed } token por segundo (provavelmente entre { $low } e { $high })
        [many] cerca de { $speed } de tokens por segundo (provavelmente entre { $low } e { $high })
       *[other] cerca de { $speed } tokens por segundo (provavelmente entre { $low } e { $high })
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
        [one] { $count } modelo.
        [many] { $count } de modelos, do menor para o maior.
       *[other] { $count } modelos, do menor para o maior.
    }
table--model = Modelo
table--params = Parâmetros
table--size_class = Classe de tamanho
table--dtype = Armazenado como
table--weights = Download (pesos padrão)
table--memory_fp16 = Memória em fp16
table--memory_int4 = Memória em int4
table--basis = Origem do número
table--stale = desatualizado
table--estimated_note = estimado a partir do número de parâmetros, não medido nos arquivos
table--caption_size_classes = Classes de tamanho e quantos dos modelos acompanhados caem em cada uma.
table--caption_precision = { $model }: memória ocupada só pelos pesos em cada precisão.
table--range = Faixa de parâmetros
table--range_below = 0 – { $high }
table--range_from = { $low } – ∞
table--count = Modelos
table--examples = Exemplos
table--precision = Precisão
table--bytes_per_param = Bytes por parâmetro
table--memory = Memória para os pesos

## basis

basis--hub-safetensors = Hub (safetensors)
basis--hub-gguf = Hub (GGUF)
basis--file-sizes = tamanho dos arquivos
basis--config-count = calculado pela config
basis--config-estimate = estimativa pela config
basis--published = número publicado
basis--reconstructed = snapshot reconstruído
basis--third-party = número de terceiros

## size_class

size_class--under-1b = menos de 1B
size_class--1b = ≈ 1B
size_class--2b-4b = 2–5B
size_class--7b-9b = 5–10B
size_class--10b-20b = 10–20B
size_class--20b-40b = 20–40B
size_class--40b-100b = 40–100B
size_class--100b-300b = 100–300B
size_class--300b-1t = 300B–1T
size_class--1t-plus = 1T ou mais

## notice

notice--fallback = Esta página ainda não tem versão em { $language }; abaixo está o original em inglês.
notice--outdated = O original em inglês desta página mudou depois da tradução. <a href="{ $url }">Leia a versão atual em inglês</a>.
notice--data_as_of =
    { $basis ->
        [live] Os números desta página foram lidos do Hugging Face Hub; a leitura mais recente é de { $live_date }.
        [mixed] { $live ->
            [one] Os números de um modelo desta página foram lidos do Hugging Face Hub em { $live_date }; os demais foram reconstruídos a partir de fatos com fonte, reunidos em { $reconstructed_date }.
            [many] Os números de { $live } de modelos desta página foram lidos do Hugging Face Hub, o mais recente em { $live_date }; os demais foram reconstruídos a partir de fatos com fonte, reunidos em { $reconstructed_date }.
           *[other] Os números de { $live } modelos desta página foram lidos do Hugging Face Hub, o mais recente em { $live_date }; os demais foram reconstruídos a partir de fatos com fonte, reunidos em { $reconstructed_date }.
        }
       *[reconstructed] Os números desta página foram reconstruídos a partir de fatos com fonte, reunidos em { $reconstructed_date }; nenhum foi lido diretamente do Hugging Face Hub ainda.
    }{ $published ->
        [0] {""}
       *[other] {" "}Cada modelo fora do Hub traz o tamanho que o criador publicou, ou “não divulgado” quando o criador não publicou nenhum.
    }





notice--stale_models =
    { $count ->
        [one] { $count } modelo não pôde ser atualizado e mantém os últimos dados válidos (marcado como desatualizado).
        [many] { $count } de modelos não puderam ser atualizados e mantêm os últimos dados válidos (marcados como desatualizados).
       *[other] { $count } modelos não puderam ser atualizados e mantêm os últimos dados válidos (marcados como desatualizados).
    }
notice--freshness_more = Como os dados são atualizados: veja a seção <a href="{ $url }">Atualização</a> em Sobre os dados.

## glossary

glossary--parameter = parâmetro
glossary--parameter_count = número de parâmetros
glossary--size_class = classe de tamanho
    .avoid = categoria de peso
glossary--download_size = tamanho do download
    .avoid = tamanho de baixada
glossary--weights = pesos
glossary--quantization = quantização
    .avoid = quantificação
glossary--precision = precisão
glossary--pruning = poda (pruning)
glossary--distillation = destilação de conhecimento
glossary--lora = LoRA (adaptação de baixo posto)
glossary--parameter_sharing = compartilhamento de parâmetros
glossary--mixture_of_experts = mistura de especialistas (MoE)
glossary--active_parameters = parâmetros ativos
glossary--kv_cache = cache KV
glossary--context_window = janela de contexto
glossary--inference = inferência
glossary--on_device = no próprio dispositivo
glossary--model_card = model card
glossary--token = token
    .avoid = tóquen
glossary--base_model = Base (só pré-treinado)
    .avoid = só pré-treino
glossary--instruct_model = Instruções ou chat
    .avoid = Instrução ou chat | Chat ou instruções
glossary--reasoning_model = Raciocínio
glossary--embedding_model = Embedding
glossary--unified_memory = memória unificada
    .avoid = memória compartilhada
glossary--model_id = nome ou id do modelo
glossary--offloading = offloading

## translations

translations--caption = Situação das traduções. O original em inglês tem { $pages } páginas e { $keys } textos de interface.
translations--language = Idioma
translations--pages_current = Páginas em dia
translations--pages_outdated = Páginas a atualizar
translations--pages_missing = Páginas ainda não traduzidas
translations--ui_strings = Textos de interface traduzidos
translations--ui_value = { $done } de { $total }
translations--not_published = ainda fora do menu de idiomas

## chart: Charts (pipeline/chart_specs.py, pipeline/charts.py): titles, axes, legends, tooltips, captions.

chart--fit--title = Modelos em destaque em cada dispositivo (pesos de 4 bits, 4.096 tokens ou o limite do modelo, se for menor)
chart--fit--summary =
    { $small_count ->
        [0] Nenhum dos { $total } modelos em destaque cabe no menor dispositivo, “{ $small }”,
        [one] Dos { $total } modelos em destaque, { $small_count } cabe no menor dispositivo, “{ $small }”,
        [many] Dos { $total } modelos em destaque, { $small_count } cabem no menor dispositivo, “{ $small }”,
       *[other] Dos { $total } modelos em destaque, { $small_count } cabem no menor dispositivo, “{ $small }”,
    }{ $large_count ->
        [0] {" "}e nenhum no maior, “{ $large }”
       *[other] {" "}e { $large_count } no maior, “{ $large }”
    }, com pesos de 4 bits e contexto de 4.096 tokens (ou o limite do modelo, se for menor); na aba do navegador, só conta uma versão para a web registrada.





chart--show_numbers = Mostrar os números por trás deste gráfico
chart--scale--title = Parâmetros de cada modelo acompanhado
chart--scale--axis_params = Parâmetros (escala logarítmica, cada linha da grade ×10)
chart--scale--legend = Classe de tamanho
chart--scale--tooltip = { $name } ({ $id }): { $params } de parâmetros; classe de tamanho: { $size_class }
chart--scale--undisclosed = tamanho não divulgado, fora do gráfico
chart--scale--unknown = ainda sem dados, fora do gráfico
chart--scale--summary = { $count } modelos de tamanho conhecido num eixo logarítmico, em que cada linha da grade vale dez vezes a anterior: do { $smallest_name }, com { $smallest } de parâmetros, ao { $largest_name }, com { $largest }.
chart--scale--summary_missing =
    { $case ->
        [both] Ficam fora do gráfico { $total ->
            [many] { $total } de modelos acompanhados
           *[other] { $total } modelos acompanhados
        }: { $undisclosed ->
            [one] 1 porque quem o criou não divulgou o tamanho
           *[other] { $undisclosed } porque quem os criou não divulgou o tamanho
        } e { $unknown ->
            [one] 1 porque o tamanho dele ainda é desconhecido
           *[other] { $unknown } porque o tamanho deles ainda é desconhecido
        }.
        [undisclosed] { $undisclosed ->
            [one] Fica fora do gráfico um modelo acompanhado, porque quem o criou não divulgou o tamanho.
            [many] Ficam fora do gráfico { $undisclosed } de modelos acompanhados, porque quem os criou não divulgou o tamanho.
           *[other] Ficam fora do gráfico { $undisclosed } modelos acompanhados, porque quem os criou não divulgou o tamanho.
        }
       *[unknown] { $unknown ->
            [one] Fica fora do gráfico um modelo acompanhado, porque o tamanho dele ainda é desconhecido.
            [many] Ficam fora do gráfico { $unknown } de modelos acompanhados, porque o tamanho deles ainda é desconhecido.
           *[other] Ficam fora do gráfico { $unknown } modelos acompanhados, porque o tamanho deles ainda é desconhecido.
        }
    }
chart--scale--histogram_title = Modelos acompanhados na escala de parâmetros
chart--classes--title = Quantos modelos caem em cada classe
chart--classes--bar_label = { $count } · { $examples }
chart--classes--axis_class = Classe de tamanho
chart--classes--axis_count = Número de modelos
chart--classes--tooltip =
    { $count ->
        [one] { $size_class }: { $count } modelo, { $examples }
        [many] { $size_class }: { $count } de modelos, por exemplo { $examples }
       *[other] { $size_class }: { $count } modelos, por exemplo { $examples }
    }
chart--classes--summary = { $total } modelos de tamanho conhecido, divididos em classes de tamanho; a classe mais numerosa é a de { $size_class }, com { $count } modelos. Ao lado de cada barra aparecem modelos de exemplo.
chart--memory--title = Memória para os pesos em cada precisão
chart--memory--axis_bytes = Memória para os pesos (escala logarítmica)
chart--memory--legend = Precisão
chart--memory--tooltip = { $name } em { $precision }: { $size }
chart--memory--device = { $device }: { $usable } utilizáveis
chart--memory--summary = { $count } modelos em destaque, só os pesos. Cada degrau a menos de precisão corta a memória pela metade: o { $name } precisa de { $fp32 } em fp32, { $fp16 } em fp16, { $int8 } em int8 e { $int4 } em int4, contando exatamente 4, 2, 1 e 0,5 byte por parâmetro (um arquivo quantizado de verdade é um pouco maior). As linhas tracejadas marcam quanta memória três dispositivos comuns deixam para um modelo.
chart--downloads--title = Parâmetros e tamanho do download, por formato de arquivo
chart--downloads--axis_params = Parâmetros (escala logarítmica)
chart--downloads--axis_bytes = Tamanho do download (escala logarítmica)
chart--downloads--legend = Formato do arquivo
chart--downloads--guide = { $precision }
chart--downloads--tooltip = { $name }, { $format } { $variant }: { $size } para { $params } de parâmetros
chart--downloads--format_safetensors = safetensors
chart--downloads--format_pytorch = PyTorch (.bin)
chart--downloads--format_gguf = GGUF
chart--downloads--format_onnx = ONNX
chart--downloads--format_tflite = TensorFlow Lite
chart--downloads--format_mediapipe = MediaPipe
chart--downloads--format_other = outro
chart--downloads--variant_default = padrão
chart--downloads--variant_consolidated = consolidado
chart--downloads--format_estimate = pesos padrão (estimativa)
chart--downloads--summary = Cada ponto cheio é um arquivo de pesos para download: { $files } arquivos de { $models } modelos; os círculos vazados são pesos padrão estimados a partir do número de parâmetros ({ $estimated } modelos). Um ponto sobre uma linha tracejada tem exatamente aquela quantidade de bytes por parâmetro (fp32: 4, fp16: 2, int8: 1, int4: 0,5), por isso os arquivos quantizados ficam abaixo da linha de fp16. Pontos de mesmo tamanho se sobrepõem e aparecem como um só.
chart--classes--tooltip_count =
    { $count ->
        [one] { $size_class }: um modelo
        [many] { $size_class }: { $count } de modelos
       *[other] { $size_class }: { $count } modelos
    }






## data_table: Tables added for the charts, and the download links under the model table (pipeline/tables.py).

data_table--download = Baixe a tabela completa, com os números exatos:
data_table--caption_params =
    { $count ->
        [one] { $count } modelo por número de parâmetros.
        [many] { $count } de modelos por número de parâmetros, do menor para o maior.
       *[other] { $count } modelos por número de parâmetros, do menor para o maior.
    }
data_table--caption_memory = Memória ocupada só pelos pesos em cada precisão, nos modelos em destaque. Selecione o cabeçalho de uma coluna para ordenar.
data_table--caption_downloads = { $count } arquivos de pesos para download e estimativas, por modelo e formato. Selecione o cabeçalho de uma coluna para ordenar.
data_table--format = Formato
data_table--file = Arquivo ou precisão
data_table--bytes = Tamanho do download
data_table--bytes_per_param = Bytes por parâmetro

## notfound

notfound--title = Página não encontrada
notfound--text = Não há nenhuma página neste endereço. Talvez ela tenha mudado de lugar, ou o link esteja com um erro de digitação.
notfound--home = Ir para a página inicial

## palette

palette--to_dark = Mudar para o modo escuro
palette--to_light = Mudar para o modo claro

## explorer: The models explorer (models page) and the generated per-model pages.

explorer--packed_unknown_bits = pesos empacotados, largura em bits não informada: a contagem do Hub é de números empacotados, não de pesos
explorer--search_label = Buscar modelos
explorer--search_placeholder = Nome ou id
explorer--filter_band = Classe de tamanho
explorer--filter_family = Família
explorer--filter_format = Formato
explorer--filter_gated = Acesso
explorer--filter_device = Cabe em
explorer--any = Qualquer
explorer--gated_open = Aberto
explorer--gated_gated = Restrito (aceite os termos antes)
explorer--reset = Limpar filtros
explorer--caption = Modelos acompanhados.
explorer--formats = Formatos
explorer--first_view =
    { $order ->
        [downloads] Na lista estão os primeiros { $shown } dos { $total } modelos acompanhados: os em destaque e, depois, os mais baixados.
       *[size] Na lista estão os primeiros { $shown } dos { $total } modelos acompanhados: os em destaque e, depois, os demais, do menor para o maior.
    }
explorer--no_script = Sem JavaScript, não dá para buscar, filtrar nem ordenar esta tabela, que mostra só estas linhas; os arquivos CSV e JSON logo abaixo dela trazem todos os modelos.
explorer--matching =
    { $count ->
        [one] Um dos { $total } modelos atende aos filtros.
        [many] { $count } de modelos, dos { $total }, atendem aos filtros.
       *[other] { $count } dos { $total } modelos atendem aos filtros.
    }





explorer--show_all = Mostrar todos os { $total } modelos
explorer--show_more = Mostrar mais
explorer--no_match = Nenhum modelo atende a esses filtros.
explorer--sort_hint = Selecione para ordenar
explorer--downloads = Todos os modelos em um arquivo:
explorer--back = ← Todos os modelos
explorer--exact = exato: { $count }
explorer--downloads_heading = Downloads por formato
explorer--no_downloads =
    { $estimated ->
        [yes] Nenhum arquivo deste modelo foi registrado ainda: o tamanho de download acima é uma estimativa.
       *[no] Nenhuma outra versão deste modelo, em GGUF, MLX ou outro formato, foi registrada ainda.
    }
explorer--memory_note = Um arquivo real, quando o site tem um registrado; senão, uma estimativa (≈): 2 bytes por parâmetro em fp16 e um GGUF Q8_0 ou Q4_K_M em int8 e int4. Em int8 e int4, os vereditos abaixo usam o GGUF (real ou estimado), porque é ele que roda no llama.cpp; um arquivo LiteRT ou MediaPipe aparece nesta tabela, mas só entra no veredito da linha da aba do navegador.
explorer--instruct_variant = da variante Instruct, mesmos parâmetros
explorer--no_count = sem contagem de parâmetros nos dados
explorer--weights_unknown = Os dados não trazem nem o tamanho dos arquivos nem o formato numérico dos pesos padrão, por isso este tamanho não é estimado. A coluna “Memória em fp16” dá o tamanho em 16 bits.
explorer--mlx_build = versão MLX
explorer--mlx_bits = { $bits } bits
explorer--fit_heading = Vai rodar?
explorer--device = Dispositivo
explorer--usable = Memória utilizável
explorer--verdict = Veredito
explorer--verdict_fits = cabe
explorer--verdict_tight = apertado
explorer--verdict_no = não cabe
explorer--verdict_unknown = desconhecido
explorer--fit_note = O mínimo de que este modelo precisa, no menor formato e no contexto mais curto: { $size }.
explorer--fit_unavailable = O site ainda não calculou em quais dispositivos este modelo cabe.
explorer--sources_heading = De onde vêm os números
explorer--hub_link = Abrir no Hugging Face Hub
explorer--source_link = Abrir a fonte
explorer--fetched = Dados de { $date }
explorer--license = Licença: { $license }
explorer--license_other = Licença: termos próprios do modelo (veja o model card)
explorer--license_named = Licença: { $name } (termos próprios deste modelo, não uma licença padrão com etiqueta no Hub)
explorer--license_unknown = Licença: não registrada
explorer--access_open = download aberto
explorer--access_gated = Restrito: aceite a licença no Hub antes de baixar
explorer--access_manual = Restrito: solicite acesso no Hub; o responsável aprova cada pedido
explorer--access_unknown = condições de acesso não registradas
explorer--terms_unknown = Licença e condições de acesso não registradas
explorer--scale_title = Modelos em destaque
explorer--filter_tag = Tipo
explorer--fetched_revision = Dados de { $date }, revisão { $revision }
explorer--tag_code = Código
explorer--tag_encoder = Codificador (classificar, completar)
explorer--filter_min = Parâmetros, no mínimo
explorer--filter_max = Parâmetros, no máximo
explorer--min_placeholder = 1B
explorer--max_placeholder = 70B
explorer--fit_legend = Cabe na memória
explorer--filter_memory = Ou a sua memória
explorer--memory_placeholder = 8 GB
explorer--fit_precision = Pesos
explorer--fit_context = Contexto (tokens)
explorer--fit_assumes = A conta: pesos em { $precision } + cache KV de { $context } tokens (16 bits) + os buffers do runtime que os carrega (llama.cpp para int8 e int4, um servidor do tipo vLLM para fp16), dentro da memória utilizável do dispositivo, ou de toda a memória que você digitar. Modelos com limite de contexto menor ficam de fora.
explorer--bad_size = “{ $text }” não é um número de parâmetros. Digite um número com B, M ou T, como 7B, 1,5B ou 500M.
explorer--bad_memory = “{ $text }” não é uma quantidade de memória. Digite um número de gigabytes, como 8, 8 GB ou 8 GiB.




explorer--all_listed = Todos os { $total } modelos acompanhados estão na lista.




explorer--first_listed = Na lista estão os primeiros { $shown } dos { $total } modelos acompanhados.




explorer--matching_partial = { $count } dos { $total } modelos atendem aos filtros; os primeiros { $shown } estão na lista.









## fit: "Will it run?" (pipeline/site/fit_view.py, fit_tables.py, docs/assets/js/fit-calculator.js)

fit--verdict--fits = cabe
fit--verdict--tight = apertado
fit--verdict--no = não cabe
fit--verdict--too-long = mais longo que o contexto do modelo
fit--verdict--unknown = desconhecido
fit--verdict_legend = Veredito
fit--kind--browser = Aba do navegador (WebGPU), { $size }
fit--kind--phone = Celular, { $size }
fit--kind--laptop = Notebook com Apple silicon, { $size }
fit--kind--gpu = Placa de vídeo gamer, { $size }
fit--kind--datacenter_gpu = GPU de data center, { $size }
fit--kind--mini_pc = Mini PC, { $size } de memória unificada
fit--device = Dispositivo
fit--memory = Memória
fit--usable_share = Parcela utilizável
fit--usable = Memória utilizável
fit--basis = Por que essa parcela (fonte)
fit--source = Especificações
fit--source_link = fonte
# the capacity printed on the box when it differs from the GiB the device name gives (data/devices.yaml memory_reported)
fit--sold_as = vendida como “{ $label }”
fit--none = nenhum dos modelos acompanhados
fit--largest_int4 = Maior modelo que cabe (4 bits) e memória necessária
fit--column_file = arquivo { $format } nativo do repositório, no { $runtime }
fit--web_build = Versão para a web
fit--no_web_build = nenhuma registrada
fit--needs_web_build = (falta uma versão para a web)
fit--largest_file = Maior arquivo individual
fit--needed = Memória necessária
fit--tab_budget = Numa aba
fit--caption_devices = Dispositivos, a memória que cada um informa e a parcela dela que um modelo pode usar. Os nomes dão essa memória em GiB, a unidade binária que os dispositivos informam (8 GiB = 8,59 GB); todos os outros números estão em GB decimais, como em todo o site.
fit--caption_largest = Maior modelo acompanhado que cabe em cada dispositivo com pesos de 16, 8 e 4 bits, com contexto de { $context } tokens e cache KV de 16 bits (pesos de 8 e 4 bits como GGUF no llama.cpp; pesos de 16 bits contados como num servidor do tipo vLLM em todos os dispositivos, mesmo nos celulares e Macs, onde ele não roda: é uma referência, não uma recomendação). Nomes em GiB, números em GB decimais.
fit--caption_ladder = Maior modelo acompanhado que cabe em cada dispositivo com pesos de 4 bits (GGUF no llama.cpp), com contexto de { $context } tokens e cache KV de 16 bits. Nomes em GiB, números em GB decimais (4 GiB = 4,29 GB).
fit--caption_browser_row = A linha da aba do navegador só conta modelos com versão para a web, julgados como na tabela do navegador: a memória da própria versão ou, se o tamanho dela não estiver registrado, um limite superior. Em todas as linhas, o maior modelo é o que tem mais parâmetros, não o que ocupa mais memória.
fit--caption_browser = Modelos que poderiam rodar numa aba do navegador: versão para a web, maior arquivo individual e memória necessária com { $context } tokens.
fit--caption_matrix = Veredito de cada modelo em destaque em cada dispositivo, pesos de 4 bits, contexto de { $context } tokens ou o limite do próprio modelo, se for menor.
fit--calc_nojs = A calculadora precisa de JavaScript. Sem ele, as tabelas abaixo dão as mesmas respostas para os dispositivos predefinidos.
fit--calc_device = Dispositivo
fit--calc_custom = Outro: digite sua memória
fit--calc_gb = Memória utilizável (GB)
fit--calc_context = Tamanho do contexto
fit--calc_kv = Precisão do cache KV
fit--calc_kv_bits = { $bits } bits
fit--calc_assumptions = Premissas: pesos de 16 bits rodando num servidor do tipo vLLM, pesos de 8 e 4 bits como arquivos GGUF no llama.cpp (um arquivo real quando o modelo tem); cache KV em { $kv }, contexto de { $context } tokens. Um runtime sem esse tipo de cache usa a próxima precisão maior.
fit--calc_tokens = { $count } tokens
fit--calc_model = Modelo
fit--calc_needed = Memória necessária
fit--calc_usable = Memória utilizável
fit--calc_summary = Com { $usable } utilizáveis, { $context } tokens e pesos de 4 bits — cabem: { $fits }; apertados: { $tight }; não cabem: { $no }.
fit--calc_invalid = Digite um número de gigabytes, por exemplo 16.
fit--calc_caption = Veredito de cada modelo acompanhado com pesos de 16, 8 e 4 bits. Mesma regra das tabelas abaixo.
fit--why--browser = 4 GiB, o máximo que um heap WebAssembly de 32 bits endereça; o site adota esse orçamento para a aba inteira
fit--why--phone = o sistema e os apps mantidos na memória ocupam cerca da metade
fit--why--laptop =
    { $share ->
        [two_thirds] o macOS deixa a GPU usar cerca de 65–75% da memória unificada; com até 32 GB, usamos dois terços
       *[three_quarters] o macOS deixa a GPU usar cerca de 65–75% da memória unificada; acima de 32 GB, usamos três quartos
    }
fit--why--gpu = a tela, o driver e o runtime reservam parte da memória de vídeo; servidores costumam usar 90%
fit--why--mini_pc = o driver dá à GPU até 96 GiB dos 128 GiB
fit--why--datacenter_gpu = a tela, o driver e o runtime reservam parte da memória de vídeo; servidores costumam usar 90%
fit--freshness =
    { $basis ->
        [live] O site acompanha { $total } modelos. Todos os modelos do Hub foram lidos do Hugging Face Hub; a leitura mais recente é de { $live_date }.
        [mixed] O site acompanha { $total } modelos. { $live ->
            [one] Até agora, um modelo do Hub foi lido do Hugging Face Hub, em { $live_date };
            [many] Até agora, { $live } de modelos do Hub foram lidos do Hugging Face Hub, o mais recente em { $live_date };
           *[other] Até agora, { $live } modelos do Hub foram lidos do Hugging Face Hub, o mais recente em { $live_date };
        } { $reconstructed ->
            [one] o outro ainda traz números reconstruídos a partir de fatos reunidos em { $reconstructed_date }, cada um com sua fonte.
            [many] os outros { $reconstructed } de modelos ainda trazem números reconstruídos a partir de fatos reunidos em { $reconstructed_date }, cada um com sua fonte.
           *[other] os outros { $reconstructed } ainda trazem números reconstruídos a partir de fatos reunidos em { $reconstructed_date }, cada um com sua fonte.
        }
       *[reconstructed] O site acompanha { $total } modelos. Nenhum foi lido diretamente do Hugging Face Hub ainda: os números dos { $reconstructed } modelos do Hub foram reconstruídos a partir de fatos reunidos em { $reconstructed_date }, cada um com sua fonte, e a atualização agendada os substitui à medida que lê cada modelo.
    }{ $published ->
        [0] {""}
        [one] {" "}Um modelo não está no Hub e traz o tamanho que o criador publicou, ou “não divulgado” se o criador não publicou nenhum.
        [many] {" "}Outros { $published } de modelos não estão no Hub; cada um traz o tamanho que o criador publicou, ou “não divulgado” quando o criador não publicou nenhum.
       *[other] {" "}Outros { $published } modelos não estão no Hub; cada um traz o tamanho que o criador publicou, ou “não divulgado” quando o criador não publicou nenhum.
    }
fit--freshness_update =
    { $basis ->
        [live] Hoje, os números de todos os modelos do Hub vêm do próprio Hugging Face Hub; a leitura mais recente é de { $live_date }.
        [mixed] { $live ->
            [one] Até agora, um modelo do Hub foi lido do Hugging Face Hub, em { $live_date };
            [many] Até agora, { $live } de modelos do Hub foram lidos do Hugging Face Hub, o mais recente em { $live_date };
           *[other] Até agora, { $live } modelos do Hub foram lidos do Hugging Face Hub, o mais recente em { $live_date };
        } { $reconstructed ->
            [one] o outro ainda traz números reconstruídos a partir de fatos reunidos em { $reconstructed_date }.
            [many] os outros { $reconstructed } de modelos ainda trazem números reconstruídos a partir de fatos reunidos em { $reconstructed_date }.
           *[other] os outros { $reconstructed } ainda trazem números reconstruídos a partir de fatos reunidos em { $reconstructed_date }.
        }
       *[reconstructed] Hoje, os números dos { $reconstructed } modelos do Hub são todos reconstruídos a partir de fatos reunidos em { $reconstructed_date }; a atualização agendada substitui os números de cada modelo assim que o lê.
    }
provenance--hub_sources =
    { $basis ->
        [live] Os dados de todos os modelos do Hub foram lidos diretamente da API do Hub, a última vez em { $live_date }. Cada linha traz a própria data e um rótulo que diz como os números dela foram obtidos, tanto na tabela quanto nos downloads.
        [mixed] { $live ->
            [one] Até agora, um modelo do Hub foi lido diretamente da API do Hub;
            [many] Até agora, { $live } de modelos do Hub foram lidos diretamente da API do Hub;
           *[other] Até agora, { $live } modelos do Hub foram lidos diretamente da API do Hub;
        } { $reconstructed ->
            [one] os dados do outro ainda vêm de um snapshot reconstruído a partir de respostas do Hub registradas publicamente e dos arquivos de teste de bibliotecas de código aberto, até a atualização agendada chegar a ele.
            [many] os dados dos outros { $reconstructed } de modelos ainda vêm de um snapshot reconstruído a partir de respostas do Hub registradas publicamente e dos arquivos de teste de bibliotecas de código aberto, até a atualização agendada chegar a eles.
           *[other] os dados dos outros { $reconstructed } ainda vêm de um snapshot reconstruído a partir de respostas do Hub registradas publicamente e dos arquivos de teste de bibliotecas de código aberto, até a atualização agendada chegar a eles.
        } Cada linha traz a própria data e um rótulo que diz como os números dela foram obtidos, tanto na tabela quanto nos downloads.
       *[reconstructed] Por enquanto, os dados de todos os modelos do Hub vêm de um snapshot reconstruído a partir de respostas do Hub registradas publicamente e dos arquivos de teste de bibliotecas de código aberto. Cada linha traz a própria data e um rótulo que diz como os números dela foram obtidos, tanto na tabela quanto nos downloads.
    }


fit--browser_listed = A tabela mostra { $shown } desses { $total } modelos (os em destaque e os mais baixados), do menor para o maior. { $other ->
        [one] O que falta pode ser buscado
        [many] Os outros { $other } podem ser buscados
       *[other] Os outros { $other } podem ser buscados
    } na tabela de modelos: a página de cada modelo dá o veredito dele numa aba.







## web: Web quality (issue 14): the cue under a chart that scrolls sideways on a phone.

web--chart_scroll_hint = Deslize para o lado para ver o gráfico inteiro.

## heading: The ¶ link beside each heading (its tooltip and accessible name; pipeline/site/page_html.py).

heading--permalink = Link permanente

## table

table--int4_estimate_note = estimativa a partir das formas dos tensores no config do modelo: o tamanho de um arquivo Q4_K_M, o GGUF de 4 bits mais comum, tensor por tensor pela regra do llama.cpp (alguns tensores ficam em precisão maior)
table--int4_estimate_count = estimativa só a partir do número de parâmetros: o tamanho de um arquivo Q4_K_M a 4,5 bits por parâmetro. As formas dos tensores não estão registradas, então os tensores que o llama.cpp mantém em precisão maior não entram na conta, e o número fica um pouco abaixo do de um modelo do mesmo tamanho estimado pelas formas

## calibration_chart: Gráficos de calibração da página "Sobre os dados" (issue 21): previsão contra medição, de memória e velocidade.

calibration_chart--title = Memória: prevista contra medida
calibration_chart--speed_title = Velocidade: prevista contra medida
calibration_chart--axis_measured = Memória medida (GB, escala logarítmica)
calibration_chart--axis_predicted = Memória prevista (GB, escala logarítmica)
calibration_chart--speed_axis_measured = Medida (tokens/s, escala logarítmica)
calibration_chart--speed_axis_predicted = Prevista (tokens/s, escala logarítmica)
calibration_chart--legend_runtime = Runtime
calibration_chart--legend_status = Medição
calibration_chart--status_tested = testada
calibration_chart--status_superseded = superada, fora do teste
calibration_chart--row_superseded = — superada, fora do teste
calibration_chart--run_qualified = { $name } ({ $note })
calibration_chart--run_repo_unnamed = repositório não informado
calibration_chart--run_ggml_ci = conversão da CI do ggml
calibration_chart--band = dentro de { $percent }
calibration_chart--speed_band = medida ÷ prevista: { $range }
calibration_chart--tooltip = { $model }, { $runtime }, { $context } tokens: medido { $measured }, previsto { $predicted } ({ $error }).
calibration_chart--speed_tooltip = { $model }, { $runtime }, { $format } em { $device }: medido { $measured }, previsto { $predicted } tokens por segundo ({ $error }).
calibration_chart--summary_tested =
    { $count ->
        [one] { $count } total de memória medido é testado contra a regra e fica a menos de { $tolerance } da previsão: o erro é de { $worst }. Um ponto sobre a linha tracejada foi previsto com exatidão; a faixa sombreada é a tolerância do teste.
        [many] { $count } de totais de memória medidos no llama.cpp, no vLLM e no MLX são testados contra a regra, e todos ficam a menos de { $tolerance } da previsão; o maior erro entre eles é de { $worst }. Um ponto sobre a linha tracejada foi previsto com exatidão; a faixa sombreada é a tolerância do teste.
       *[other] { $count } totais de memória medidos no llama.cpp, no vLLM e no MLX são testados contra a regra, e todos ficam a menos de { $tolerance } da previsão; o maior erro entre eles é de { $worst }. Um ponto sobre a linha tracejada foi previsto com exatidão; a faixa sombreada é a tolerância do teste.
    }
calibration_chart--summary_superseded =
    { $count ->
        [one] { $count } execução antiga, desenhada como anel, já não reflete o seu runtime e fica fora do teste.
        [many] { $count } de execuções antigas, desenhadas como anéis, já não refletem o seu runtime e ficam fora do teste.
       *[other] { $count } execuções antigas, desenhadas como anéis, já não refletem o seu runtime e ficam fora do teste.
    }{ $overlap ->
        [together] {" "}Os pontos delas caem quase no mesmo lugar, por isso aparecem como um só anel.
        [some] {" "}Algumas ficam quase em cima de outro ponto.
       *[none] {""}
    }
calibration_chart--speed_summary = { $count } velocidades de geração medidas, um pedido por vez, contra a velocidade prevista pela largura de banda da memória. A velocidade medida fica entre { $low } e { $high } vezes a prevista, a faixa que o site mostra junto de cada estimativa.
calibration_chart--caption_memory =
    { $count ->
        [one] { $count } medição de memória: a execução (com link para a fonte), o contexto, a memória medida e a prevista, e o erro.
        [many] { $count } de medições de memória: a execução (com link para a fonte), o contexto, a memória medida e a prevista, e o erro.
       *[other] { $count } medições de memória: a execução (com link para a fonte), o contexto, a memória medida e a prevista, e o erro.
    }
calibration_chart--caption_speed =
    { $count ->
        [one] { $count } medição de velocidade: a execução (com link para a fonte), o dispositivo, os tokens por segundo medidos e previstos, e o erro.
        [many] { $count } de medições de velocidade: a execução (com link para a fonte), o dispositivo, os tokens por segundo medidos e previstos, e o erro.
       *[other] { $count } medições de velocidade: a execução (com link para a fonte), o dispositivo, os tokens por segundo medidos e previstos, e o erro.
    }
calibration_chart--caption_worst =
    { $count ->
        [one] O maior erro, execuções superadas incluídas, e o motivo.
        [many] Os { $count } de maiores erros, execuções superadas incluídas, e o motivo de cada um.
       *[other] Os { $count } maiores erros, execuções superadas incluídas, e o motivo de cada um.
    }
calibration_chart--sign_convention = Erro = (previsto − medido) ÷ medido: um erro negativo quer dizer que a regra previu menos do que foi medido.
calibration_chart--col_run = Execução
calibration_chart--col_context = Contexto (tokens)
calibration_chart--col_measured = Medido
calibration_chart--col_predicted = Previsto
calibration_chart--col_error = Erro
calibration_chart--col_device = Dispositivo
calibration_chart--col_measured_speed = Medido (tokens/s)
calibration_chart--col_predicted_speed = Previsto (tokens/s)
calibration_chart--col_reason = Por que erra
calibration_chart--reason_full_mask = Execução anterior ao pull request nº 40 do mlx-lm, quando o MLX montava uma máscara de atenção completa para um prompt longo (cerca de 3 GB a mais). Está superada e fica fora do teste.
calibration_chart--reason_small_batch = A execução processou 128 tokens por vez; a regra supõe o lote padrão do llama.cpp, de 512, cujo buffer de saída é quatro vezes maior.
calibration_chart--reason_micro_batch = Execução com micro-lote de 1.024 tokens (-ub 1024) em quatro GPUs, cujos buffers de cálculo passam do que a regra reserva.
calibration_chart--reason_gib = Uma versão antiga do mlx-lm mostrava este pico como “GB”, mas contava em GiB; lido como GiB, o pico fica { $gap } abaixo da previsão, perto dos { $mlx_fixed } fixos que a regra soma para o MLX.

## fit_notes: Tabelas de ajuste (issue 21): com que contexto cada linha foi julgada e o número por trás de "não cabe".

fit_notes--caption_browser = Modelos que poderiam rodar numa aba do navegador: versão para a web, maior arquivo individual e memória necessária com { $context } tokens de contexto, ou com o limite do próprio modelo quando ele é menor (a linha avisa). Numa versão WebLLM, a memória é o número que o WebLLM informa para ela.
fit_notes--at_own_limit = { $verdict } no limite dele, de { $count } tokens
fit_notes--needs_build_at_own_limit = { $verdict }: falta uma versão para a web; memória calculada com o limite do modelo, de { $count } tokens
fit_notes--build_size_unknown = { $verdict }: o tamanho da versão para a web não está registrado. Com pesos de 32 bits (o pior caso), precisaria de { $bound }, mais que os { $usable } de uma aba; com pesos de 4 bits, de ≈ { $size } com { $count } tokens. O veredito depende da precisão da versão
fit_notes--build_size_unknown_file = { $verdict }: o tamanho da versão para a web não está registrado. Com pesos de 32 bits (o pior caso), os pesos ocupariam { $bound }, acima do limite de { $limit } por arquivo; com pesos de 4 bits, precisa de ≈ { $size } com { $count } tokens. O veredito depende de como a versão é armazenada
fit_notes--build_size_unrecorded = { $verdict }: o tamanho da versão para a web não está registrado; a memória (≈) supõe pesos de 4 bits e { $count } tokens
fit_notes--upper_bound = { $verdict }: o tamanho da versão para a web não está registrado, mas mesmo com pesos de 32 bits (o pior caso) precisa de só { $size } com { $count } tokens
fit_notes--file_over_limit = { $verdict }: o maior arquivo, de { $size }, passa do limite de { $limit } por arquivo
fit_notes--over_budget = { $verdict }: precisa de { $size }, mais que os { $usable } que uma aba pode usar
fit_notes--over_budget_at_own_limit = { $verdict }: no limite de { $count } tokens, precisa de { $size }, mais que os { $usable } que uma aba pode usar
fit_notes--weights_alone = { $verdict }: só os pesos, { $size }, já passam dos { $usable } utilizáveis
fit_notes--no_build_weights_alone = { $verdict }: não há versão para a web registrada, e só os pesos, { $size }, já passam dos { $usable } utilizáveis
fit_notes--weights_and_buffers = { $verdict }: os pesos, { $size }, mais os buffers do runtime já passam dos { $usable } utilizáveis, sem espaço para o cache KV
fit_notes--calc_caption = Veredito de cada modelo acompanhado com pesos de 16, 8 e 4 bits no contexto escolhido; um modelo com limite menor aparece aqui como “mais longo que o contexto do modelo”, enquanto a tabela da aba do navegador, mais abaixo, o julga no próprio limite e avisa. Mesma regra das tabelas abaixo.

## model_fit: Páginas de modelo (issue 23 item 4): o que cada veredito supõe e, por dispositivo, o contexto mais longo e a velocidade.

model_fit--active = Dos { $total } de parâmetros, { $active } trabalham em cada token ({ $basis }). O total conta todos os especialistas: todos ficam na memória, por isso os números de memória usam o total e as estimativas de velocidade, a parte ativa.
model_fit--active_files = Dos { $total } de parâmetros, { $active } trabalham em cada token ({ $basis }). O total conta cada tensor dos arquivos de pesos, todos os especialistas incluídos: todos ficam na memória, por isso os números de memória usam o total e as estimativas de velocidade, a parte ativa.
model_fit--active_main = Dos { $main } de parâmetros do modelo principal, { $active } trabalham em cada token ({ $basis }). O total, { $total }, conta cada tensor dos arquivos de pesos: todos os especialistas, que ficam todos na memória, e um módulo de previsão de vários tokens (multi-token prediction), com { $mtp } de parâmetros, que vem junto com os pesos, mas não é executado na geração comum. Os números de memória usam o total; as estimativas de velocidade, a parte ativa.
model_fit--counted_files = O total conta cada tensor dos arquivos de pesos do modelo.
model_fit--counted_files_vision = O total conta cada tensor dos arquivos de pesos do modelo, inclusive os do codificador de imagens.
model_fit--mtp = O total inclui um módulo de previsão de vários tokens (multi-token prediction), com { $mtp } de parâmetros, que vem junto com os pesos, mas não é executado na geração comum; o modelo principal tem { $main }.
model_fit--limit = Contexto mais longo que o modelo aceita: { $count } tokens.
model_fit--limit_unknown = Os dados do modelo não dizem qual é o contexto mais longo que ele aceita.
model_fit--weights_unknown = desconhecido ({ $reason ->
        [count] os dados do site não trazem o tamanho dos arquivos nem a contagem de parâmetros
       *[dtype] os dados do site não trazem o tamanho dos arquivos nem o formato numérico em que os pesos estão armazenados
    })
model_fit--assumes = Cada veredito abaixo supõe pesos em { $format } { $runtime ->
        [vLLM] num servidor do tipo vLLM
       *[other] rodando no { $runtime }
    }, contexto de { $context } tokens e { $kv ->
        [none] nenhum cache KV (modelo só de encoder)
       *[other] cache KV de { $kv } bits
    }.
model_fit--assumes_own_limit = Cada veredito abaixo supõe pesos em { $format } { $runtime ->
        [vLLM] num servidor do tipo vLLM
       *[other] rodando no { $runtime }
    }, contexto de { $context } tokens (o limite do próprio modelo, menor que os { $usual } de costume no site) e { $kv ->
        [none] nenhum cache KV (modelo só de encoder)
       *[other] cache KV de { $kv } bits
    }.
model_fit--assumes_estimate_own_limit = Cada veredito abaixo supõe um GGUF { $build } estimado (≈ { $size }) rodando no { $runtime }, contexto de { $context } tokens (o limite do próprio modelo, menor que os { $usual } de costume no site) e { $kv ->
        [none] nenhum cache KV (modelo só de encoder)
       *[other] cache KV de { $kv } bits
    }.
model_fit--assumes_estimate = Cada veredito abaixo supõe um GGUF { $build } estimado (≈ { $size }) rodando no { $runtime }, contexto de { $context } tokens e { $kv ->
        [none] nenhum cache KV (modelo só de encoder)
       *[other] cache KV de { $kv } bits
    }.
model_fit--browser_row = A linha da aba do navegador segue a tabela do navegador: uma versão para a web registrada para o modelo é avaliada pela memória dela; sem nenhuma registrada, o modelo não cabe quando só os pesos já passam da aba, e fica desconhecido nos outros casos. Nessa linha não se calculam o contexto máximo nem a velocidade.
model_fit--web_build = { $verdict }: a versão para a web, { $build }, precisa de { $size }
model_fit--web_build_file = { $verdict }: um arquivo da versão para a web, { $build }, tem { $size }, mais que os { $limit } que uma aba carrega de uma vez
model_fit--web_build_unsized = { $verdict }: a versão para a web, { $build }, está registrada sem o tamanho
model_fit--caption = Por dispositivo: memória utilizável, veredito, contexto mais longo que ainda cabe com folga (abaixo da linha de “apertado”) e velocidade de geração estimada. O veredito vale para o contexto indicado acima; se aparece um número de tokens ao lado de “não cabe”, o modelo cabe quando o contexto é reduzido a esse número.
model_fit--col_context = Contexto mais longo que cabe (com folga)
model_fit--col_speed = Tokens por segundo (faixa)
model_fit--context_none = nenhum
model_fit--context_full = todos os { $count } tokens
model_fit--context_tokens = { $count } tokens
model_fit--speed = ≈ { $speed } ({ $low }–{ $high })
model_fit--speed_unknown = largura de banda da memória desconhecida
model_fit--speed_not_generating = não se aplica: o modelo não gera texto
model_fit--speed_note = Tokens por segundo: cada token novo lê uma vez os pesos ativos e o cache KV, a { $efficiency } da largura de banda da memória do dispositivo, mais um atraso fixo, ajustado a medições publicadas; as velocidades medidas ficam entre { $low } e { $high } vezes a estimativa, a faixa entre parênteses.
model_fit--calculator_link = Abrir este modelo na calculadora para escolher outro formato, contexto, precisão do cache KV ou dispositivo.
model_fit--calculator_offload = Nenhum dispositivo desta lista comporta o modelo inteiro. Abra-o na calculadora para dividi-lo entre a GPU e a RAM do sistema (offload para a CPU) e ver a velocidade que sobra.

## hub_model: Any Hub model in the calculator (issue 23; pipeline/site/hub_field.py, docs/assets/js/hub-model.js).

hub_model--label = Qualquer modelo do Hugging Face Hub: o id ou o endereço dele
hub_model--button = Ler do Hub
hub_model--note = Só quando você aperta o botão o seu navegador lê o config.json deste modelo e as contagens de parâmetros dos arquivos safetensors dele em { $endpoint }, sem token e sem login; nada mais é enviado.
hub_model--loading = Lendo { $id } do Hub…
hub_model--invalid = “{ $text }” não é um id de modelo do Hub. Escreva no formato dono/nome, por exemplo Qwen/Qwen3-8B, ou cole o endereço do modelo.
hub_model--not_found = O Hub não tem nenhum modelo público chamado { $id }. Confira a grafia; modelos privados não podem ser lidos aqui.
hub_model--gated = O acesso a { $id } é restrito: o Hub só entrega os arquivos dele a usuários com login que aceitaram os termos, então esta página não consegue ler o config.json dele.
hub_model--timeout = O Hub não respondeu em { $seconds } segundos. Tente de novo mais tarde; a calculadora acima continua funcionando.
hub_model--malformed = A resposta do Hub para { $id } ({ $file }) não é um JSON válido, então nada foi calculado a partir dela.
hub_model--failed = Não foi possível acessar o Hub, ou ele respondeu com um erro ({ $status }). Tente de novo mais tarde; a calculadora acima continua funcionando.
hub_model--no_config = { $id } não tem config.json, então só aparece o que os metadados safetensors dele dizem.
hub_model--unknown_arch = { $id } é de um tipo de modelo que este site não modela ({ $type }), então alguns números abaixo são estimativas ou desconhecidos.
hub_model--computed = Calculado a partir do config dele: { $items }.
hub_model--not_computed = Não foi possível calcular: { $items }.
hub_model--item_params = parâmetros
hub_model--item_active = parâmetros ativos
hub_model--item_kv = cache KV
hub_model--item_context = limite de contexto
hub_model--item_weights = tamanhos dos pesos
hub_model--params = { $name } tem { $params } parâmetros.
hub_model--params_unknown = Não foi possível calcular o número de parâmetros dele: { $reason }.
hub_model--active = É uma mistura de especialistas (MoE): { $active } parâmetros são usados por token.
hub_model--context = O limite de contexto dele é de { $tokens } tokens.
hub_model--context_unknown = O config dele não informa um limite de contexto.
hub_model--kv = O cache KV dele em 16 bits ocupa { $bytes } por token de contexto.
hub_model--kv_window = O cache KV dele em 16 bits ocupa { $bytes } por token de contexto, mais { $sliding } por token nas camadas de janela deslizante, por no máximo { $window } tokens.
hub_model--kv_state = Ele também guarda um estado fixo de { $bytes }.
hub_model--kv_none = Ele não guarda cache KV que cresce com o contexto (um modelo só de codificador ou de espaço de estados).
hub_model--kv_unknown = Não foi possível calcular o cache KV dele: { $reason }.
hub_model--weights_title = Pesos em cada formato (≈ indica uma estimativa quando o repositório não tem esse arquivo):
hub_model--weights_item = { $format }: { $size }
hub_model--weights_item_estimated = { $format }: ≈ { $size }

## display: Display names and joins (pipeline/i18n/display_names.py, explorer.py): an in-browser build as the runtime and its quantization; an aside in brackets; a label before its value.

display--web_build = { $runtime } ({ $variant })
display--runtime_browser = runtime do navegador (Transformers.js, MediaPipe, WebLLM ou wllama)
display--aside = {" "}({ $text })
display--label = { $label }:{" "}
display--source_note = {" "}— { $label }:{" "}{ $text }
display--basis_date = { $basis } · { $date }

## calc: The calculator, one view per question (issue 23): pipeline/site/fit_view.py calculator() and docs/assets/js/fit-calculator.js, which reads every message through msg().

calc--nojs = A calculadora precisa de JavaScript. Sem ele, as tabelas abaixo dão as respostas para os dispositivos predefinidos.
calc--model = Modelo
calc--model_placeholder = Nome ou id, como llama 8b
calc--model_options = Modelos que correspondem à busca
calc--model_none = Nenhum modelo acompanhado corresponde a “{ $text }”.
calc--model_failed = Não foi possível carregar os números de “{ $name }”.
calc--device = Dispositivo
calc--own = Seu próprio dispositivo
calc--own_legend = Seu dispositivo
calc--device_named = “{ $name }”
calc--own_name =
    { $count ->
        [one] uma GPU de { $size }
        [many] { $count } GPUs de { $size }
       *[other] { $count } GPUs de { $size }
    }
calc--own_needs_vram = Digite a memória da sua GPU, por exemplo 8.
calc--vram = Memória da GPU (GB, como vendida)
calc--gpus = GPUs idênticas
calc--bandwidth = Largura de banda da memória (GB/s)
calc--ram = RAM do sistema (GB, como vendida)
calc--format = Formato dos pesos
calc--format_file = { $format }: { $size }
calc--format_estimate = ≈ { $format } (estimado): { $size }
calc--format_unknown = { $format }: tamanho desconhecido
calc--format_mlx = { $format } roda no MLX, que exige um Mac com Apple silicon; por isso, para { $device }, aparece o formato padrão.
calc--context = Contexto (tokens)
calc--limit = Este modelo aceita no máximo { $limit } tokens de contexto.
calc--limit_none = Este modelo não informa um limite de contexto.
calc--kv = Precisão do cache KV
calc--kv_bits = { $bits } bits
calc--kv_kept = O { $runtime } não tem cache KV de { $asked } bits, então guarda os valores em { $bits } bits.
calc--kv_mla = O { $runtime } guarda separadamente as chaves e os valores do MLA deste modelo, então o cache KV dele ocupa cerca de { $factor } vezes o do vLLM, que guarda um único vetor latente no lugar dos dois.
calc--kv_smaller =
    { $verdict ->
        [fits] Com o cache KV em { $bits } bits (em “Precisão do cache KV”, acima), precisaria de { $total } e caberia.
       *[tight] Com o cache KV em { $bits } bits (em “Precisão do cache KV”, acima), precisaria de { $total }: ficaria apertado e pode não carregar.
    }
calc--tag = Tipo
calc--tag_all = Todos os tipos
calc--tags--instruct = Instruções ou chat
calc--tags--base = Base (só pré-treinado)
calc--tags--reasoning = Raciocínio
calc--tags--embedding = Embedding
calc--tags--moe = Mistura de especialistas
calc--tags--vision-language = Visão e linguagem
calc--tags--speech = Fala
calc--list_button = Listar todos os modelos que cabem ou ficam apertados
calc--bad_number = “{ $text }” não é um número. Digite um número como { $example }.
calc--bad_link = O link pede { $name } “{ $value }”, que não é conhecido aqui, por isso foi deixado de lado.
calc--unknown_model_link = O link pede o modelo “{ $value }”, que não está entre os modelos deste site.
calc--verdict--fits = { $model } em { $format } precisa de { $total } dos { $usable } utilizáveis em { $device }, com { $context } tokens.
calc--verdict--tight = { $model } em { $format } precisa de { $total } dos { $usable } utilizáveis em { $device }, mais de { $share } deles, com { $context } tokens, e pode não carregar.
calc--verdict--no = { $model } em { $format } precisa de { $total }, mas só { $usable } são utilizáveis em { $device }, com { $context } tokens.
calc--verdict--no_weights = { $model } em { $format } precisa de { $weights } só para os pesos, mais que os { $usable } utilizáveis em { $device }.
calc--verdict--too-long = { $context } tokens passam do contexto máximo do { $model }, de { $limit } tokens.
calc--verdict--unknown = Não se sabe o bastante sobre { $model } em { $format } para dizer se cabe em { $device }.
calc--bar = Memória necessária, { $total }, diante de { $usable } utilizáveis
calc--bar_weights = Pesos: { $size }
calc--bar_kv = Cache KV: { $size }
calc--bar_overhead = Buffers do runtime: { $size }
calc--bar_usable = Memória utilizável: { $size }
calc--bar_tight = Apertado acima de { $share } dela
calc--largest =
    { $count ->
        [one] O contexto mais longo que cabe: { $count } token.
        [many] O contexto mais longo que cabe: { $count } de tokens.
       *[other] O contexto mais longo que cabe: { $count } tokens.
    }
calc--largest_all =
    { $count ->
        [one] No limite do modelo, { $count } token, ele cabe.
        [many] No limite do modelo, { $count } de tokens, ele cabe.
       *[other] No limite do modelo, { $count } tokens, ele cabe.
    }
calc--largest_none = Não cabe nem com um único token de contexto.
calc--largest_gpu_none = Só na GPU, não cabe nem com um único token de contexto.
calc--largest_unknown = O contexto mais longo que cabe é desconhecido: o modelo não informa um limite de contexto.
calc--largest_both = O contexto mais longo que cabe: { $runs } tokens{ $full ->
        [yes] {" "}(o limite do modelo)
       *[no] {""}
    }, já apertado; com folga, até { $headroom }.
calc--largest_tight_only = O contexto mais longo que cabe{ $full ->
        [yes] {" "}(o limite do modelo)
       *[no] {""}
    }: { $runs } { $runs ->
        [one] token, já apertado
        [many] de tokens; com qualquer contexto, já fica apertado
       *[other] tokens; com qualquer contexto, já fica apertado
    }.
calc--too_long_also = Além disso, { $context } tokens passam do contexto máximo do { $model }, de { $limit } tokens.
calc--bar_partial = Memória contada, { $total } (os pesos e o que se sabe), diante de { $usable } utilizáveis
calc--unknown = desconhecido
calc--not_counted = fora da conta (além do limite do modelo)
calc--speed = Cerca de { $speed } tokens por segundo (faixa provável: { $low } a { $high }): { $read } lidos por token com { $bandwidth } de largura de banda da memória.
calc--speed_moe = Cerca de { $speed } tokens por segundo (faixa provável: { $low } a { $high }): uma mistura de especialistas lê a cada token só os seus { $active } de parâmetros ativos, de um total de { $params }; são { $read } lidos por token com { $bandwidth } de largura de banda da memória.
calc--speed_none = Sem estimativa de velocidade: a largura de banda da memória deste dispositivo não é informada.
calc--speed_rule = Conta: segundos por token = bytes lidos ÷ (largura de banda × { $efficiency }) + { $latency } ms, ajustado a velocidades de geração medidas; a faixa vai da execução medida mais lenta à mais rápida em relação a esta regra.
# Review 9 (he #1): an encoder-only or embedding model generates no text: no speed, and no KV cache in the bar.
calc--no_decode = Sem estimativa de velocidade: um modelo só de encoder não gera texto token a token.
calc--kv_none = nenhum (modelo só de encoder)
calc--assume_encoder = Premissas: { $format } { $runtime ->
        [vLLM] num servidor do tipo vLLM
       *[other] rodando no { $runtime }
    } e { $usable } { $gpu ->
        [yes] da memória da GPU
       *[other] da memória do dispositivo
    } utilizáveis; não há cache KV (modelo só de encoder) e os buffers do runtime são calculados para { $context } tokens.
# Review 9 (he #3): the context asked is the model's maximum, or was set to it (calc-offload.js LSCalcOffload.enc).
calc--largest_at_max = É também o contexto máximo do modelo.
calc--largest_capped = O contexto foi ajustado para { $count } tokens, o máximo do modelo.
calc--offload =
    { $count ->
        [one] Com offload para a CPU (uma estimativa): { $layers } de { $count } camada do modelo na GPU ({ $gpu }) e o resto na RAM do sistema ({ $cpu }), a cerca de { $speed } tokens por segundo (faixa provável: { $low } a { $high }).
        [many] Com offload para a CPU (uma estimativa): { $layers } das { $count } camadas do modelo na GPU ({ $gpu }) e o resto na RAM do sistema ({ $cpu }), a cerca de { $speed } tokens por segundo (faixa provável: { $low } a { $high }).
       *[other] Com offload para a CPU (uma estimativa): { $layers } das { $count } camadas do modelo na GPU ({ $gpu }) e o resto na RAM do sistema ({ $cpu }), a cerca de { $speed } tokens por segundo (faixa provável: { $low } a { $high }).
    }
calc--offload_nospeed =
    { $count ->
        [one] Com offload para a CPU (uma estimativa): { $layers } de { $count } camada do modelo na GPU ({ $gpu }) e o resto na RAM do sistema ({ $cpu }); sem a largura de banda da GPU não há estimativa de velocidade.
        [many] Com offload para a CPU (uma estimativa): { $layers } das { $count } camadas do modelo na GPU ({ $gpu }) e o resto na RAM do sistema ({ $cpu }); sem a largura de banda da GPU não há estimativa de velocidade.
       *[other] Com offload para a CPU (uma estimativa): { $layers } das { $count } camadas do modelo na GPU ({ $gpu }) e o resto na RAM do sistema ({ $cpu }); sem a largura de banda da GPU não há estimativa de velocidade.
    }
calc--offload_no_ram = Nem com offload para a CPU ele cabe: as camadas que ficariam na RAM do sistema precisam de { $cpu }, e o sistema só tem { $ram } de RAM (os { $typed } digitados no campo contam como GiB, como contam os fabricantes).
calc--offload_ask_ram = Digite a RAM do sistema para ver quantas camadas podem ficar na GPU, com o resto na RAM.
calc--offload_engine = A divisão entre CPU e GPU só é calculada para arquivos GGUF no llama.cpp: escolha { $formats } na lista para vê-la, calculada com o tamanho desse arquivo, e não com os { $weights } de { $format }.
calc--offload_engine_none = A divisão entre CPU e GPU é calculada para arquivos GGUF no llama.cpp, e este modelo não oferece nenhum.
calc--offload_rule = Conta: como no --n-gpu-layers do llama.cpp, cada camada leva uma parte igual dos pesos e do cache KV, e os buffers do runtime ficam na GPU; supõe-se que a RAM do sistema seja lida a { $ram_bandwidth } (DDR5-5600 em dois canais), e a velocidade soma o tempo de ler cada parte na sua própria memória; toda a RAM do sistema conta como livre, o que é otimista: o sistema operacional e os apps abertos usam parte dela.
calc--assume = Premissas: { $format } { $runtime ->
        [vLLM] num servidor do tipo vLLM
       *[other] rodando no { $runtime }
    } e { $usable } { $gpu ->
        [yes] da memória da GPU
       *[other] da memória do dispositivo
    } utilizáveis; o cache KV (em { $bits } bits) e os buffers do runtime são calculados para { $context } tokens.
calc--assume_estimate = Nenhum arquivo deste formato está registrado aqui: o tamanho dele é estimado (≈).
calc--assume_own = A memória da sua GPU é lida nos GB do fabricante, que na verdade são GiB, e { $share } dela é utilizável, como nas GPUs predefinidas.
calc--gpus_rule_vllm = O vLLM divide cada camada entre as GPUs (paralelismo de tensores, --tensor-parallel-size { $count }), e cada GPU guarda os seus próprios buffers do runtime, contados uma vez por GPU; { $usable } utilizáveis no total.
calc--gpus_speed_vllm = A estimativa de velocidade acima foi calculada como se fosse uma GPU só; com paralelismo de tensores as GPUs trabalham ao mesmo tempo, então a velocidade real costuma ser maior.
calc--gpus_rule =
    { $count ->
        [one] { $count } GPU.
        [many] { $count } de GPUs idênticas: as camadas se dividem entre elas (o padrão do llama.cpp, --split-mode layer), e cada uma guarda os seus próprios buffers do runtime, contados { $count } vezes; { $usable } utilizáveis no total. As GPUs trabalham uma de cada vez, então um token leva o mesmo tempo que em uma só.
       *[other] { $count } GPUs idênticas: as camadas se dividem entre elas (o padrão do llama.cpp, --split-mode layer), e cada uma guarda os seus próprios buffers do runtime, contados { $count ->
            [2] duas
            [one] { $count }
            [many] { $count }
           *[other] { $count }
        } vezes; { $usable } utilizáveis no total. As GPUs trabalham uma de cada vez, então um token leva o mesmo tempo que em uma só.
    }
calc--reverse_heading = Todos os modelos que cabem
calc--family--fp16 = 16 bits
calc--family--int8 = 8 bits
calc--family--int4 = 4 bits
calc--summary =
    { $count ->
        [one] { $device }, com pesos de { $family } e { $context } tokens de contexto: { $counts } ({ $count } modelo).
        [many] { $device }, com pesos de { $family } e { $context } tokens de contexto: dos { $count } de modelos, { $counts }.
       *[other] { $device }, com pesos de { $family } e { $context } tokens de contexto: dos { $count } modelos, { $counts }.
    }
calc--count--fits =
    { $count ->
        [one] { $count } cabe
        [many] { $count } de modelos cabem
       *[other] { $count } cabem
    }
calc--count--tight =
    { $count ->
        [one] { $count } fica apertado
        [many] { $count } de modelos ficam apertados
       *[other] { $count } ficam apertados
    }
calc--count--no =
    { $count ->
        [one] { $count } não cabe
        [many] { $count } de modelos não cabem
       *[other] { $count } não cabem
    }
calc--count--too-long =
    { $count ->
        [one] { $count } não aceita tanto contexto
        [many] { $count } de modelos não aceitam tanto contexto
       *[other] { $count } não aceitam tanto contexto
    }
calc--too_long_apart = { $count ->
        [one] Um modelo não foi verificado aqui porque o contexto máximo dele é menor que { $context } tokens
        [many] { $count } de modelos não foram verificados aqui porque o contexto máximo deles é menor que { $context } tokens
       *[other] { $count } modelos não foram verificados aqui porque o contexto máximo deles é menor que { $context } tokens
    }; o gráfico abaixo avalia cada modelo com { $chart } tokens ou, se for menor, com o limite do próprio modelo.
calc--count--unknown =
    { $count ->
        [one] { $count } é desconhecido
        [many] { $count } de modelos são desconhecidos
       *[other] { $count } são desconhecidos
    }
calc--count--unrecorded =
    { $count ->
        [one] { $count } cabe na memória sem limite de contexto registrado
        [many] { $count } de modelos cabem na memória sem limite de contexto registrado
       *[other] { $count } cabem na memória sem limite de contexto registrado
    }
calc--unrecorded_apart =
    { $count ->
        [one] { $count } modelo cabe na memória, mas não tem limite de contexto registrado, por isso não entra na contagem dos que cabem neste contexto: { $names }.
        [many] { $count } de modelos cabem na memória, mas não têm limite de contexto registrado, por isso não entram na contagem dos que cabem neste contexto: { $names }.
       *[other] { $count } modelos cabem na memória, mas não têm limite de contexto registrado, por isso não entram na contagem dos que cabem neste contexto: { $names }.
    }
calc--reverse_caption = Modelos que cabem, do maior ao menor; os que não têm contagem de parâmetros nos dados ficam no fim.
calc--reverse_none = Nenhum modelo deste tipo cabe.
calc--col_model = Modelo
calc--col_format = Formato
calc--col_needed = Memória necessária
calc--col_verdict = Veredito
calc--col_largest = Contexto mais longo (com folga / apertado)
calc--col_speed = Tokens por segundo
calc--scroll_hint = Role para o lado para ver todas as colunas.
calc--model_no_match = Nenhum modelo acompanhado corresponde a “{ $text }”. Tente um nome mais curto ou cole o id de um modelo do Hub (dono/nome) e pressione Enter.
calc--model_more =
    { $count ->
        [one] Outro modelo também corresponde: digite mais do nome para vê-lo.
        [many] Outros { $count } de modelos também correspondem: digite mais do nome para vê-los.
       *[other] Outros { $count } modelos também correspondem: digite mais do nome para vê-los.
    }

# Reverse list (review 4): its heading and order as shown, the models it leaves out and why, the browser tab's rule.
calc--reverse_heading_runs = Todos os modelos que cabem ou ficam apertados
calc--reverse_caption_order = Modelos que cabem ou ficam apertados (a coluna Veredito diz qual), do que tem mais parâmetros ao que tem menos; os modelos cujo número de parâmetros não se conhece vêm por último, do que precisa de mais memória ao que precisa de menos. Quando aparece um número só na coluna de contexto, os dois coincidem: em geral, é o limite do próprio modelo, que chega antes do limite da memória.
calc--unknown_left_out =
    { $count ->
        [one] { $count } modelo fica de fora porque o veredito dele é desconhecido, por falta do cache KV ou de pesos nesta precisão: { $names }. Escolha-o no campo Modelo para ver o que falta.
        [many] { $count } de modelos ficam de fora porque o veredito deles é desconhecido, por falta do cache KV ou de pesos nesta precisão: { $names }. Escolha um deles no campo Modelo para ver o que falta.
       *[other] { $count } modelos ficam de fora porque o veredito deles é desconhecido, por falta do cache KV ou de pesos nesta precisão: { $names }. Escolha um deles no campo Modelo para ver o que falta.
    }
calc--summary_web =
    { $count ->
        [one] { $count } modelo tem versão para a web registrada aqui e é julgado em { $device } como na tabela do navegador, com { $context } tokens de contexto: { $counts }.
        [many] { $count } de modelos têm versão para a web registrada aqui e são julgados em { $device } como na tabela do navegador, com { $context } tokens de contexto: { $counts }.
       *[other] { $count } modelos têm versão para a web registrada aqui e são julgados em { $device } como na tabela do navegador, com { $context } tokens de contexto: { $counts }.
    }
calc--web_rule = Critério: na aba só conta uma versão feita para o navegador (WebLLM, Transformers.js, MediaPipe, LiteRT), nunca um arquivo GGUF ou safetensors, e nenhum arquivo pode passar do limite de tamanho de arquivo do navegador. Uma versão WebLLM precisa da memória que o WebLLM informa para ela, no contexto dela; outra versão precisa dos pesos mais o cache KV e os buffers do runtime no contexto escolhido; se o tamanho dela não estiver registrado, conta-se o pior caso, com pesos de 32 bits. Não se estima velocidade numa aba.
calc--web_left_out =
    { $count ->
        [one] Outro modelo fica de fora porque não tem versão para a web registrada.
        [many] Outros { $count } de modelos ficam de fora porque não têm versão para a web registrada.
       *[other] Outros { $count } modelos ficam de fora porque não têm versão para a web registrada.
    }
# Review 8 (ar #13): a row that is itself a web build (Transformers.js), off a browser tab (calc-list.js).
calc--web_only_left_out =
    { $count ->
        [one] Outro modelo fica de fora aqui porque é, ele mesmo, uma versão para a web, avaliada só na aba do navegador.
        [many] Outros { $count } de modelos ficam de fora aqui porque são, eles mesmos, versões para a web, avaliadas só na aba do navegador.
       *[other] Outros { $count } modelos ficam de fora aqui porque são, eles mesmos, versões para a web, avaliadas só na aba do navegador.
    }
# Review 5 (fcalc): one model on a browser tab (calc-list.js LSCalcList.one).
calc--web_none = Desconhecido: não há versão para a web de { $model } registrada aqui, e uma aba do navegador só executa versões feitas para o navegador.
calc--web_stated = { $model } em { $format } precisa de { $total } dos { $usable } utilizáveis no dispositivo “{ $device }”, segundo o { $runtime } para o contexto com que a versão foi compilada.
calc--web_stated_no = { $model } em { $format }, no dispositivo “{ $device }”: precisa de { $total }, mas só há { $usable } disponíveis (o número que o { $runtime } informa para o contexto com que a versão foi compilada).
calc--web_file = { $model } em { $format } não cabe no dispositivo “{ $device }”: um dos seus arquivos é maior do que uma aba do navegador consegue carregar.
# Review 9 (ar #1): no web build, and even its 4-bit weights exceed the tab: the verdict the model page and the fit chart give.
calc--web_none_weights = Não cabe: não há versão para a web de { $model } registrada aqui, e só os pesos ocupam { $weights }, mais que os { $usable } disponíveis na aba.
explorer--fit_assumes_web = A conta numa aba do navegador: só uma versão feita para o navegador (WebLLM, Transformers.js, MediaPipe, LiteRT), avaliada como na calculadora e na tabela do navegador, com { $context } tokens; a precisão dos pesos escolhida aqui não se aplica. Fica de fora o modelo sem versão para a web registrada ou com limite de contexto menor.
# Review 5 (fcalc): past the model's context limit the KV cache and buffers are not counted, so not assumed either.
calc--assume_past = Premissas: { $format } { $runtime ->
        [vLLM] num servidor do tipo vLLM
       *[other] rodando no { $runtime }
    } e { $usable } { $gpu ->
        [yes] da memória da GPU
       *[other] da memória do dispositivo
    } utilizáveis; o cache KV e os buffers do runtime ficaram fora da conta, porque { $context } tokens passam do limite do modelo.
calc--offload_past = A divisão entre CPU e GPU não é calculada além do limite do modelo, porque ali o cache KV fica fora da conta: escolha um contexto de até { $limit } tokens para vê-la.
# Review 5 (fcalc): a model whose size was never published (GPT-4): the reason, not an int4 file.
calc--undisclosed = Desconhecido: o número de parâmetros de { $model } não foi publicado e os pesos não foram liberados, então não há o que rodar em { $device }.
# Review 5 (fcalc): the list's longest-context cell for a model that states no limit.
calc--col_no_limit = desconhecido (limite de contexto não registrado)
calc--col_build_context = desconhecido (a memória só é conhecida no contexto para o qual a versão foi feita)
calc--col_none = nenhum
calc--col_at_limit = { $tokens } (limite do modelo)
# Review 9 (ar #3): the headroom half of a tight model's longest-context cell ("no headroom / 26,013").
calc--col_no_headroom = sem folga
calc--unknown_undisclosed =
    { $count ->
        [one] { $count } modelo fica de fora porque o tamanho dele não foi divulgado.
        [many] { $count } de modelos ficam de fora porque o tamanho deles não foi divulgado.
       *[other] { $count } modelos ficam de fora porque o tamanho deles não foi divulgado.
    }
explorer--fit_unknown =
    { $count ->
        [one] Outro atende aos filtros, mas fica de fora porque falta um dado (tamanho não publicado ou cache KV desconhecido) para saber se cabe.
        [many] Outros { $count } de modelos atendem aos filtros, mas ficam de fora porque falta um dado (tamanho não publicado ou cache KV desconhecido) para saber se cabem.
       *[other] Outros { $count } atendem aos filtros, mas ficam de fora porque falta um dado (tamanho não publicado ou cache KV desconhecido) para saber se cabem.
    }
explorer--fit_unrecorded =
    { $count ->
        [one] E mais um cabe na memória, mas não entra na lista por não ter limite de contexto registrado: { $names }.
        [many] E mais { $count } de modelos cabem na memória, mas não entram na lista por não terem limite de contexto registrado: { $names }.
       *[other] E mais { $count } cabem na memória, mas não entram na lista por não terem limite de contexto registrado: { $names }.
    }
