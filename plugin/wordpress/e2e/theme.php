<?php
// Activates a theme, for the reader-page layout in a block theme and in a classic one.
// Usage: php theme.php <site directory> <theme directory name, e.g. twentytwentyone>
list( , $site, $stylesheet ) = $argv;
$_SERVER['HTTP_HOST'] = 'localhost';
require $site . '/wp-load.php';
switch_theme( $stylesheet );
echo get_stylesheet(), "\n";
