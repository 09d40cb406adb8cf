<?php
// Sets the admin's own language, for the end-to-end test of the plugin's translations.
// Usage: php as-user.php <site directory> <locale, or "" for the site's>
list( , $site, $locale ) = $argv;
$_SERVER['HTTP_HOST'] = 'localhost';
require $site . '/wp-load.php';
update_user_meta( 1, 'locale', $locale );
