<?php
// The plugin's own logic, without WordPress: these classes call no WordPress function.
require_once __DIR__ . '/../gloss/includes/class-gloss-paths.php';
require_once __DIR__ . '/../gloss/includes/class-gloss-article.php';
require_once __DIR__ . '/../gloss/includes/class-gloss-embed-cache.php';
require_once __DIR__ . '/../gloss/includes/class-gloss-check.php';
require_once __DIR__ . '/../gloss/includes/class-gloss-sync.php';
